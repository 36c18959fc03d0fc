/// Text decoded from a file's bytes, with the encoding that was chosen and why.
public struct DecodedText: Sendable, Hashable {
    /// The decoded text, byte-order mark removed; otherwise unchanged (no NFC, no CRLF fix).
    public let text: String
    /// One of "utf-8", "utf-16le", "utf-16be", "utf-32le", "utf-32be", "windows-1256", "iso-8859-6".
    public let encoding: String
    /// Why this encoding was chosen, for the build log.
    public let note: String

    /// Creates a decoded text.
    public init(text: String, encoding: String, note: String) {
        self.text = text
        self.encoding = encoding
        self.note = note
    }
}
