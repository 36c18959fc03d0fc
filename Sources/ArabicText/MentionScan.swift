/// The mentions of one text, found a piece at a time (`TokenizedPiece`) so that other
/// searches of the same text can share each piece's key and tokens; weak aliases are
/// resolved over the whole text when the mentions are asked for (`MentionFinder`).
public struct MentionScan {
    private let finder: MentionFinder
    private var placed: [MentionFinder.PlacedMatch] = []

    /// Starts a scan of one text with `finder`.
    public init(finder: MentionFinder) {
        self.finder = finder
    }

    /// Searches the next piece of the text (pieces must come in text order).
    public mutating func add(_ piece: TokenizedPiece) {
        placed += finder.matches(in: piece)
    }

    /// The mentions of the pieces added so far, in text order, with L0 scalar ranges in the
    /// whole text; what `MentionFinder.mentions(in:)` gives for the text they make up.
    public func mentions() -> [Mention] {
        finder.resolve(placed)
    }
}
