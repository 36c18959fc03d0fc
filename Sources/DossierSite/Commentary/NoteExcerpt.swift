import DossierRenderer

/// The opening words of a note, to label it where it links from (a backlink): the title of
/// its article would say the same for every note of that article.
enum NoteExcerpt {
    /// Words of the note shown.
    static let wordCount = 8

    /// The first `wordCount` words of Markdown `text` as a reader sees it (markup left out, «5 > 3»
    /// and «snake_case» kept), with «…» when the note goes on.
    static func words(of text: String) -> String {
        let words = MarkdownRenderer.plainText(of: text).split(whereSeparator: \.isWhitespace)
        let shown = words.prefix(wordCount).joined(separator: " ")
        return words.count > wordCount ? shown + "…" : shown
    }
}
