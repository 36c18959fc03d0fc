/// The text an editor's Markdown shows, read from its source: link targets and emphasis,
/// heading, quote and code marks left out. What words a reader sees, for search and for a
/// note's backlink label, without rendering it.
package enum MarkdownPlainText {
    /// `markdown` without the targets of inline links and images (`](…)`) and without the
    /// marks *, _, #, backtick, [, ] and >; everything else, parentheses of ordinary text
    /// included, is kept.
    package static func text(of markdown: String) -> String {
        var plain = ""
        plain.reserveCapacity(markdown.utf8.count)
        var inTarget = false
        var previous: Character = " "
        for character in markdown {
            if inTarget {
                if character == ")" { inTarget = false }
            } else if character == "(" && previous == "]" {
                inTarget = true
            } else if !"*_#`[]>".contains(character) {
                plain.append(character)
            }
            previous = character
        }
        return plain
    }
}
