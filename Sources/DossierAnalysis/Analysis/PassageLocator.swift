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
    /// `inTitle`, the title is searched too, as one more paragraph after the body: the same
    /// ladder and the same choice between occurrences (context, then the first, so a quote
    /// both in the body and in the title keeps its place in the body unless its context says
    /// otherwise). A passage running from the body into the title is looked for in the body
    /// alone.
    package func anchor(
        quote: String, prefix: String?, suffix: String?, inTitle: Bool = false
    ) -> Result<PassageAnchor, OrphanFailure> {
        let selector = QuoteSelector(
            exact: ArabicNormalizer.displayText(quote), prefix: prefix.map(ArabicNormalizer.displayText) ?? "",
            suffix: suffix.map(ArabicNormalizer.displayText) ?? "")
        let searchesTitle = inTitle && !title.isEmpty
        let bodyCount = searchesTitle ? bodyText.unicodeScalarCount : 0
        let titleStart = bodyCount + Article.paragraphSeparator.unicodeScalarCount
        let text = searchesTitle ? bodyText + Article.paragraphSeparator + title : bodyText
        switch QuoteAnchor.anchor(selector, in: text) {
        case .anchored(let found) where !searchesTitle:
            return .success(anchor(found, inTitle: false, range: found.range, selector: found.selector))
        case .anchored(let found) where found.range.upperBound <= bodyCount:
            return .success(
                anchor(
                    found, inTitle: false, range: found.range,
                    selector: .capture(range: found.range, in: bodyText)))
        case .anchored(let found) where found.range.lowerBound >= titleStart:
            let range = (found.range.lowerBound - titleStart)..<(found.range.upperBound - titleStart)
            return .success(anchor(found, inTitle: true, range: range, selector: .capture(range: range, in: title)))
        case .anchored:
            return anchor(quote: quote, prefix: prefix, suffix: suffix)
        case .orphan(let orphan):
            let key = ArabicNormalizer.matchKeyString(selector.exact)
            let block = key.isEmpty ? nil : furniture.first { ArabicNormalizer.matchKeyString($0.text).contains(key) }
            return .failure(OrphanFailure(orphan: orphan, furniture: block, sidecarPath: sidecarPath, title: title))
        }
    }

    /// The anchor of `found`, at `range` of the body or the title with `selector` captured there.
    private func anchor(_ found: AnchoredQuote, inTitle: Bool, range: Range<Int>, selector: QuoteSelector)
        -> PassageAnchor
    {
        let score: Double
        if case .approximate(let total, _) = found.step { score = total } else { score = 1 }
        return PassageAnchor(
            article: article, inTitle: inTitle, range: range, spans: inTitle ? [] : spans(of: range),
            step: found.step, score: score, selector: selector, warnings: found.warnings)
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
