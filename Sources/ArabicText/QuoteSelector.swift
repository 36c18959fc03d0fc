/// A stored pointer to a passage: W3C TextQuoteSelector plus an optional TextPositionSelector start.
public struct QuoteSelector: Sendable, Hashable, Encodable {
    /// Context length used when capturing selectors (as Hypothesis does).
    public static let defaultContextLength = 32

    /// The quoted passage, exactly as in the L0 text.
    public let exact: String
    /// Text just before the passage ("" when unknown).
    public let prefix: String
    /// Text just after the passage ("" when unknown).
    public let suffix: String
    /// Previous L0 scalar start offset, if known (also a proximity hint).
    public let start: Int?

    /// Creates a selector.
    public init(exact: String, prefix: String = "", suffix: String = "", start: Int? = nil) {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
        self.start = start
    }

    /// The selector describing `range` of `text` (L0 scalars), with context on both sides.
    public static func capture(
        range: Range<Int>, in text: String, contextLength: Int = defaultContextLength
    ) -> QuoteSelector {
        let scalars = text.decodedScalars()
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        return QuoteSelector(
            exact: String(scalars: scalars[lower..<upper]),
            prefix: String(scalars: scalars[max(0, lower - contextLength)..<lower]),
            suffix: String(scalars: scalars[upper..<min(scalars.count, upper + contextLength)]),
            start: lower)
    }
}
