import DossierRenderer

/// Escaping for XML documents written by the host files.
enum XMLText {
    /// Escapes `& < > " '` and drops control characters XML 1.0 forbids.
    static func escape(_ text: String) -> String { HTMLText.escape(text) }
}
