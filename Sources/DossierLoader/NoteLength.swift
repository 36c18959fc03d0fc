import DossierModel

/// The longest note body that reads as a note rather than an essay. A note's card is shown
/// whole on its article's page, on the notes list and on the pages of the actors and topics it
/// names, and each of those pages shows many cards: a note of 3.6 MB made every one of them
/// over a megabyte (docs/architecture.md §3). A longer note is loaded and shown, with a warning.
enum NoteLength {
    /// The most characters a note's body has without a warning (about 20 kB of Arabic: a
    /// fiftieth of a megabyte, where a notes page shows fifty notes or so).
    static let warningCharacters = 10_000

    /// A warning at the first line of `body` when it is longer than `warningCharacters`.
    static func check(_ body: MarkdownText, diagnostics: inout [Diagnostic]) {
        // Counting bytes first: most notes are a few hundred characters.
        guard body.text.utf8.count > warningCharacters else { return }
        let count = body.text.unicodeScalars.count
        guard count > warningCharacters else { return }
        diagnostics.append(
            .warning(
                .noteTooLong,
                "the note's text is \(count) characters, more than the \(warningCharacters) a note's card "
                    + "holds well: its article's page, the notes list and the pages of the actors and topics it "
                    + "names show it whole",
                at: body.location,
                fix: "Shorten the note, split it into notes on nearby passages, or move the long text into a topic's "
                    + "essay (topics/<id>.md) and link it from the note with `[…](topic:<id>)`."))
    }
}
