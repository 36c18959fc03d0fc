import ArabicText

/// Where a quoted passage (a note's or a timeline source's) was found in an article.
public struct PassageAnchor: Sendable, Hashable, Encodable {
    /// The article's id.
    public let article: String
    /// True for a passage of the article's title (its headline, `Article.title`), false for
    /// one of its body.
    public let inTitle: Bool
    /// L0 scalar range in `Article.bodyText`, or in `Article.title` when `inTitle`.
    public let range: Range<Int>
    /// The part of the passage in each paragraph it covers, in order (separators excluded);
    /// none for a passage of the title.
    public let spans: [ParagraphSpan]
    /// The ladder step of `QuoteAnchor` that found it.
    public let step: AnchorStep
    /// 1 for exact steps; the weighted approximate score otherwise.
    public let score: Double
    /// The selector re-captured from the current text: `exact` is the body text at `range`,
    /// `prefix`/`suffix` are up to 32 scalars of context (W3C TextQuoteSelector).
    public let selector: QuoteSelector
    /// Warnings from anchoring (ties between equally good places).
    public let warnings: [AnchorWarning]

    /// Creates an anchor.
    public init(
        article: String, inTitle: Bool = false, range: Range<Int>, spans: [ParagraphSpan], step: AnchorStep,
        score: Double, selector: QuoteSelector, warnings: [AnchorWarning]
    ) {
        self.article = article
        self.inTitle = inTitle
        self.range = range
        self.spans = spans
        self.step = step
        self.score = score
        self.selector = selector
        self.warnings = warnings
    }

    /// 0-based indices of the paragraphs covered.
    public var paragraphIndices: [Int] { spans.map(\.paragraphIndex) }

    /// The passage as it now reads in the article.
    public var exact: String { selector.exact }

    /// Where the passage starts in reading order: -1 for the title, which is read first, else
    /// its start in the body text.
    public var readingPosition: Int { inTitle ? -1 : range.lowerBound }
}

/// The part of a passage inside one paragraph.
public struct ParagraphSpan: Sendable, Hashable, Encodable {
    /// 0-based index into `Article.paragraphs`.
    public let paragraphIndex: Int
    /// Scalar range in that paragraph's text.
    public let range: Range<Int>

    /// Creates a span.
    public init(paragraphIndex: Int, range: Range<Int>) {
        self.paragraphIndex = paragraphIndex
        self.range = range
    }
}
