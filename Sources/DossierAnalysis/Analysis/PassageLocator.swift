import ArabicText
import DossierModel
import Foundation

/// Maps between an article's `bodyText` and its paragraphs, and anchors quotes in it (and,
/// for notes, in its title).
package struct PassageLocator: Sendable {
    package let article: String
    /// The title the article's page shows as its headline (`Article.title`).
    package let title: String
    package let bodyText: String
    /// Start of each paragraph in `bodyText`.
    package let offsets: [Int]
    /// Scalar length of each paragraph.
    package let lengths: [Int]
    /// What the loader set aside as page furniture: a quote not in the body may be there.
    package let furniture: [Furniture]
    /// The article's sidecar, where `body:` brings a block back into the body.
    package let sidecarPath: String

    package init(article: Article, bodyText: String, offsets: [Int]) {
        self.article = article.id
        title = article.title
        self.bodyText = bodyText
        self.offsets = offsets
        lengths = article.paragraphs.map(\.text.unicodeScalarCount)
        furniture = article.furniture
        sidecarPath =
            article.sidecar?.path
            ?? ((article.source.relativePath as NSString).deletingPathExtension + ".yml")
    }

    /// The 0-based paragraph whose text contains (or, between paragraphs, precedes) `offset`.
    package func paragraphIndex(containing offset: Int) -> Int {
        var low = 0
        var high = offsets.count
        while low < high {
            let mid = (low + high) / 2
            if offsets[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return max(0, low - 1)
    }

    /// The paragraph-local parts of a `bodyText` range, separators left out.
    package func spans(of range: Range<Int>) -> [ParagraphSpan] {
        guard !offsets.isEmpty, !range.isEmpty else { return [] }
        var result: [ParagraphSpan] = []
        var index = paragraphIndex(containing: range.lowerBound)
        while index < offsets.count, offsets[index] < range.upperBound {
            let lower = max(range.lowerBound, offsets[index])
            let upper = min(range.upperBound, offsets[index] + lengths[index])
            if upper > lower {
                result.append(
                    ParagraphSpan(paragraphIndex: index, range: (lower - offsets[index])..<(upper - offsets[index])))
            }
            index += 1
        }
        return result
    }

    /// Anchors a quote with the text engine's ladder; the anchor or the orphan report. With
    /// `inTitle`, the title is searched too:
    /// - a quote with no context (`prefix`, `suffix`) is looked for in the title only when the
    ///   body does not hold it exactly or normalised, so a quote in both stays in the body with
    ///   no warning it did not have before;
    /// - a quote with context is looked for in the body and the title as one text, the title
    ///   one more paragraph after the body, so the context picks between their occurrences
    ///   («الدقير» with the suffix « لا يمثل» of the headline). A passage running from the body
    ///   into the title is looked for in the body alone.
    package func anchor(
        quote: String, prefix: String?, suffix: String?, inTitle: Bool = false
    ) -> Result<PassageAnchor, OrphanFailure> {
        let selector = QuoteSelector(
            exact: ArabicNormalizer.displayText(quote), prefix: prefix.map(ArabicNormalizer.displayText) ?? "",
            suffix: suffix.map(ArabicNormalizer.displayText) ?? "")
        let found: AnchorResult
        switch (inTitle && !title.isEmpty, selector.prefix.isEmpty && selector.suffix.isEmpty) {
        case (false, _): found = QuoteAnchor.anchor(selector, in: bodyText)
        case (true, true): found = anchorPreferringBody(selector)
        case (true, false): found = anchorInBodyAndTitle(selector)
        }
        switch found {
        case .anchored(let found):
            return .success(anchor(found))
        case .orphan(let orphan):
            let key = ArabicNormalizer.matchKeyString(selector.exact)
            let block = key.isEmpty ? nil : furniture.first { ArabicNormalizer.matchKeyString($0.text).contains(key) }
            return .failure(OrphanFailure(orphan: orphan, furniture: block, sidecarPath: sidecarPath, title: title))
        }
    }

    /// `selector` anchored in the body, or in the title when the body holds it neither exactly
    /// nor normalised and the title does, or holds it nowhere. A range in the title is offset
    /// past the body's end (`titleStart`).
    private func anchorPreferringBody(_ selector: QuoteSelector) -> AnchorResult {
        let inBody = QuoteAnchor.anchor(selector, in: bodyText)
        guard inBody.anchored.map({ $0.step.isApproximate }) ?? true,
            let found = QuoteAnchor.anchor(selector, in: title).anchored,
            !found.step.isApproximate || inBody.anchored == nil
        else { return inBody }
        return .anchored(
            AnchoredQuote(
                range: (found.range.lowerBound + titleStart)..<(found.range.upperBound + titleStart),
                step: found.step, warnings: found.warnings, selector: found.selector))
    }

    /// `selector` anchored in the body and the title read as one text; a passage running from
    /// one into the other is looked for in the body alone.
    private func anchorInBodyAndTitle(_ selector: QuoteSelector) -> AnchorResult {
        let text = bodyText + Article.paragraphSeparator + title
        guard case .anchored(let found) = QuoteAnchor.anchor(selector, in: text) else {
            return QuoteAnchor.anchor(selector, in: bodyText)
        }
        let inTitle = found.range.lowerBound >= titleStart
        guard inTitle || found.range.upperBound <= bodyText.unicodeScalarCount else {
            return QuoteAnchor.anchor(selector, in: bodyText)
        }
        let local =
            inTitle ? (found.range.lowerBound - titleStart)..<(found.range.upperBound - titleStart) : found.range
        return .anchored(
            AnchoredQuote(
                range: found.range, step: found.step, warnings: found.warnings,
                selector: .capture(range: local, in: inTitle ? title : bodyText)))
    }

    /// Where the title starts when it is read after the body, one paragraph separator on.
    private var titleStart: Int { bodyText.unicodeScalarCount + Article.paragraphSeparator.unicodeScalarCount }

    /// The anchor of `found`, whose range is in the body or, from `titleStart` on, in the title.
    private func anchor(_ found: AnchoredQuote) -> PassageAnchor {
        let score: Double
        if case .approximate(let total, _) = found.step { score = total } else { score = 1 }
        let start = titleStart
        guard found.range.lowerBound >= start else {
            return PassageAnchor(
                article: article, range: found.range, spans: spans(of: found.range), step: found.step, score: score,
                selector: found.selector, warnings: found.warnings)
        }
        return PassageAnchor(
            article: article, inTitle: true, range: (found.range.lowerBound - start)..<(found.range.upperBound - start),
            spans: [], step: found.step, score: score, selector: found.selector, warnings: found.warnings)
    }
}

/// A quote that could not be anchored (wraps the engine's report so it can travel in a `Result`).
package struct OrphanFailure: Error, Sendable {
    package let orphan: OrphanQuote
    /// The furniture block that holds the quote, when the loader set it aside.
    package let furniture: Furniture?
    /// The article's sidecar (for the fix).
    package let sidecarPath: String
    /// The title the article's page shows.
    package let title: String
}
