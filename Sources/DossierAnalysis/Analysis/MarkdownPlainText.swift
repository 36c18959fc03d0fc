/// The text an editor's Markdown shows, read from its source: link targets and emphasis,
/// heading, quote and code marks left out. What words a reader sees, for search and for a
/// note's backlink label, without rendering it.
package enum MarkdownPlainText {
    /// `markdown` without the targets of inline links and images (`](…)`) and without the
    /// marks *, _, #, backtick, [, ] and >; everything else, parentheses of ordinary text
    /// included, is kept.
    ///
    /// The marks are ASCII, so the text is read as UTF-8 bytes: reading it by `Character` (a
    /// grapheme break test at every one) was a twentieth of a rebuild, for a note per article.
    package static func text(of markdown: String) -> String {
        var plain: [UInt8] = []
        plain.reserveCapacity(markdown.utf8.count)
        var inTarget = false
        var previous = UInt8(ascii: " ")
        for byte in markdown.utf8 {
            if inTarget {
                if byte == UInt8(ascii: ")") { inTarget = false }
            } else if byte == UInt8(ascii: "("), previous == UInt8(ascii: "]") {
                inTarget = true
            } else if !isMark(byte) {
                plain.append(byte)
            }
            previous = byte
        }
        return String(decoding: plain, as: UTF8.self)
    }

    /// Whether `byte` is one of the marks left out.
    private static func isMark(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "#"), UInt8(ascii: "`"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: ">"):
            true
        default: false
        }
    }
}
