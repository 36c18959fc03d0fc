/// The opening words of a note, to label it where it links from (a backlink): the title of
/// its article would say the same for every note of that article.
enum NoteExcerpt {
    /// Words of the note shown.
    static let wordCount = 8

    /// The first `wordCount` words of Markdown `text`, link targets and emphasis marks left
    /// out, with «…» when the note goes on.
    static func words(of text: String) -> String {
        var plain = ""
        var inTarget = false
        var previous: Character = " "
        for character in text {
            if inTarget {
                if character == ")" { inTarget = false }
            } else if character == "(" && previous == "]" {
                inTarget = true
            } else if !"*_#`[]>".contains(character) {
                plain.append(character)
            }
            previous = character
        }
        let words = plain.split(whereSeparator: \.isWhitespace)
        let shown = words.prefix(wordCount).joined(separator: " ")
        return words.count > wordCount ? shown + "…" : shown
    }
}
