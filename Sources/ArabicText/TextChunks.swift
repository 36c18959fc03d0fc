/// Cuts a long L0 text into pieces that can be normalised, tokenised and searched one at a
/// time, so the L1 key and the tokens of a whole article never exist at once.
///
/// A cut falls right after a clause or line break (`\n . , ; : ! ? ، ؛ ؟`) and before a scalar
/// that needs no composition. That makes the pieces exact: their L1 keys, concatenated, are
/// the key of the whole text (the break scalar keeps its L1 form, no NFC group and no run of
/// spaces straddles it), no token spans a cut, and no name does either, since only spaces
/// and quotation marks may join the words of a name (`MentionFinder`).
public enum TextChunks {
    /// Scalars a piece holds at least before it is cut: long enough that per-piece overhead
    /// is negligible, short enough that a piece's key and tokens stay small.
    public static let minimumScalars = 8_192

    /// The scalars after which a cut may fall.
    private static let breaks: Set<Unicode.Scalar> = ["\n", ".", ",", ";", ":", "!", "?", "،", "؛", "؟"]

    /// Calls `body` with each non-empty piece of `text`, in order, and the L0 scalar offset at
    /// which it starts. A text with no break, however long, is one piece.
    public static func forEach(in text: String, minimumScalars: Int = minimumScalars, _ body: (String, Int) -> Void) {
        // Most texts are shorter than a piece: they are passed whole, neither walked nor copied.
        guard !hasFewerScalars(text, than: minimumScalars) else {
            if !text.isEmpty { body(text, 0) }
            return
        }
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var startOffset = 0
        var count = 0
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            count += 1
            if count >= minimumScalars, breaks.contains(scalar), next < scalars.endIndex,
                !ArabicNormalizer.needsComposition(scalars[next])
            {
                body(String(Substring(scalars[start..<next])), startOffset)
                startOffset += count
                count = 0
                start = next
            }
            index = next
        }
        if start < scalars.endIndex { body(String(Substring(scalars[start...])), startOffset) }
    }

    /// Whether `text` has fewer than `limit` scalars: counted on its UTF-8 bytes (a scalar is
    /// a byte that does not continue one), and not at all when it has fewer bytes than that.
    static func hasFewerScalars(_ text: String, than limit: Int) -> Bool {
        guard text.utf8.count >= limit else { return true }
        let counted = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        }
        return (counted ?? text.unicodeScalars.count) < limit
    }
}
