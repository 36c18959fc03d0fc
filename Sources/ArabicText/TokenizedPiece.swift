/// One piece of an L0 text (`TextChunks`) with its L1 key, tokens and web addresses, computed once so that
/// every search of the text (gazetteer mentions, topic terms, search words) shares them
/// instead of normalising and tokenising the same words again.
public struct TokenizedPiece: Sendable {
    /// The piece's L0 text.
    public let text: String
    /// L0 scalar offset at which the piece starts in the whole text.
    public let offset: Int
    /// The L1 key of `text` (offsets into the piece).
    public let key: NormalizedText
    /// The tokens of `key` (ranges in the piece).
    public let tokens: [ArabicToken]
    /// The web addresses of `text` (L0 ranges in the piece), where no name is found.
    public let addresses: [Range<Int>]

    /// Normalises and tokenises `text`, a piece starting at L0 scalar `offset` of a whole text.
    public init(text: String, offset: Int) {
        self.text = text
        self.offset = offset
        key = ArabicNormalizer.matchKey(text)
        tokens = ArabicTokenizer.tokens(in: key)
        addresses = WebAddressRuns.ranges(in: text)
    }

    /// Calls `body` with each piece of `text` in order (`TextChunks.forEach`), normalised and
    /// tokenised; only one piece's key and tokens exist at a time.
    public static func forEach(in text: String, _ body: (TokenizedPiece) -> Void) {
        TextChunks.forEach(in: text) { piece, offset in body(TokenizedPiece(text: piece, offset: offset)) }
    }
}
