import DossierAnalysis

/// What a note's card adds to a page of the notes list, in bytes, reckoned from the note's
/// length without rendering it: its text (cmark's HTML of prose is about as long as its
/// Markdown), the quoted passage, and the card's own markup around them.
enum NoteCardWeight {
    /// The card's markup, links and labels around the note's text and quote (about 500 bytes
    /// in the seeds' notes list).
    static let cardBytes = 600

    /// The bytes `note`'s card adds to a page; 0 for a note the list does not show.
    static func bytes(of note: AnchoredNote?) -> Int {
        guard let note else { return 0 }
        return cardBytes + note.note.body.text.utf8.count + (note.anchor?.exact ?? note.note.quote).utf8.count
    }
}
