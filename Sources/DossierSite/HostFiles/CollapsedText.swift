/// Whether text needs its whitespace collapsed, found from its bytes: most texts clipped for a
/// page's description or a feed do not, and splitting them into `Character`s to find out was a
/// tenth of fingerprinting an unchanged article page.
enum CollapsedText {
    /// True when `text` has no tab or line break, no space at either end and no two spaces in
    /// a row: collapsing its whitespace (runs of spaces, tabs and line breaks made one space,
    /// the ends trimmed) gives it back unchanged.
    static func isCollapsed(_ text: String) -> Bool {
        let space = UInt8(ascii: " ")
        var previous = space  // a space at the start is one too many
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { return false }
            if byte == space, previous == space { return false }
            previous = byte
        }
        return previous != space || text.isEmpty
    }
}
