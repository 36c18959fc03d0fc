import ArabicText
import DossierModel
import Foundation

/// Maps between an article's `bodyText` and its paragraphs, and anchors quotes in it.
package struct PassageLocator: Sendable {
    package let article: String
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

    /// Anchors a quote with the text engine's ladder; the anchor or the orphan report.
    package func anchor(quote: String, prefix: String?, suffix: String?) -> Result<PassageAnchor, OrphanFailure> {
        let selector = QuoteSelector(
            exact: ArabicNormalizer.displayText(quote), prefix: prefix.map(ArabicNormalizer.displayText) ?? "",
            suffix: suffix.map(ArabicNormalizer.displayText) ?? "")
        switch QuoteAnchor.anchor(selector, in: bodyText) {
        case .anchored(let found):
            let score: Double
            if case .approximate(let total, _) = found.step { score = total } else { score = 1 }
            return .success(
                PassageAnchor(
                    article: article, range: found.range, spans: spans(of: found.range), step: found.step,
                    score: score, selector: found.selector, warnings: found.warnings))
        case .orphan(let orphan):
            let key = ArabicNormalizer.matchKeyString(selector.exact)
            let block = key.isEmpty ? nil : furniture.first { ArabicNormalizer.matchKeyString($0.text).contains(key) }
            return .failure(OrphanFailure(orphan: orphan, furniture: block, sidecarPath: sidecarPath))
        }
    }
}

/// A quote that could not be anchored (wraps the engine's report so it can travel in a `Result`).
package struct OrphanFailure: Error, Sendable {
    package let orphan: OrphanQuote
    /// The furniture block that holds the quote, when the loader set it aside.
    package let furniture: Furniture?
    /// The article's sidecar (for the fix).
    package let sidecarPath: String
}
