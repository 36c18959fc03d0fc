/// The text of a token (`ArabicToken.text`, an alias's or a term's token) as a key, compared
/// and hashed by its UTF-8 bytes.
///
/// `String` compares and hashes by canonical equivalence, which for non-ASCII text costs a
/// normalisation check of every scalar on every lookup. A token is made only of ASCII letters
/// and digits, Arabic letters and Latin letters (§3), all of which NFC leaves alone and none of
/// which composes with the letter before it, so every token text is in NFC and two are
/// canonically equivalent exactly when their bytes are equal.
public struct TokenText: Hashable, Sendable {
    /// The token's text.
    public let text: String

    /// Wraps a token's text.
    public init(_ text: String) {
        self.text = text
    }

    /// Byte equality (canonical equivalence for token texts).
    public static func == (lhs: TokenText, rhs: TokenText) -> Bool {
        var left = lhs.text
        var right = rhs.text
        return left.withUTF8 { leftBytes in right.withUTF8 { leftBytes.hasSameBytes(as: $0) } }
    }

    /// Hashes the UTF-8 bytes.
    public func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
