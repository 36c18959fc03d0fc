import DossierAnalysis
import DossierRenderer

/// How much of its notes an article page shows, and so where links to a note go. No page
/// grows with the dossier (docs/architecture.md §3): an article of 20,000 notes made a page of
/// 13 MB. Its page shows the cards of its first `marginCardLimit` notes (body order) beside
/// their passages, and highlights and marks the passages of its first `markedNoteLimit`, the
/// markers of those without a card linking to their card on the notes list, which holds them
/// all.
extension PageContext {
    /// The most notes an article page shows as cards in its margin: a hundred cards of long
    /// notes (3,000 characters each) are about 0.6 MB.
    static let marginCardLimit = 100
    /// The most notes an article page highlights and marks: a highlight and its marker are
    /// about 200 bytes, so a thousand are 0.2 MB.
    static let markedNoteLimit = 1_000

    /// What an article page shows of its note numbered `number` (1-based, body order).
    enum NotePlace {
        /// A card in the margin, its passage highlighted and marked.
        case card
        /// Its passage highlighted and marked, the marker linking to the notes list.
        case marked
        /// Nothing: the notes list has its card, linking to its paragraph.
        case listed
    }

    /// What `note`'s article page shows of it.
    func place(of note: AnchoredNote) -> NotePlace {
        Self.place(ofNoteNumber: noteNumber(note))
    }

    /// What an article page shows of its note numbered `number`.
    static func place(ofNoteNumber number: Int) -> NotePlace {
        if number <= marginCardLimit { return .card }
        return number <= markedNoteLimit ? .marked : .listed
    }

    /// The place of `note`'s passage: its highlight (`note-<id>`) on its article's page, or the
    /// paragraph it starts in (the title, for a passage of the headline) when that page does not
    /// highlight it.
    func passageTarget(of note: AnchoredNote) -> (Route, String) {
        guard let anchor = note.anchor else { return (.article(note.note.article), SiteRoutes.noteID(note.id)) }
        guard place(of: note) == .listed else { return (.article(anchor.article), SiteRoutes.noteID(note.id)) }
        guard let first = anchor.spans.first else { return (.article(anchor.article), SiteRoutes.titleID) }
        return (.article(anchor.article), SiteRoutes.paragraphID(first.paragraphIndex + 1))
    }

    /// Where a link to `note` goes (a `note:` cross-reference): its highlighted passage, or its
    /// card on the notes list when its article's page does not highlight it.
    func linkTarget(of note: AnchoredNote) -> (Route, String) {
        guard place(of: note) == .listed else { return passageTarget(of: note) }
        return (listedCard(of: note.id).route, SiteRoutes.noteID(note.id))
    }

    /// The page of the notes list with note `id`'s card (`note-<id>`).
    func listedCard(of id: String) -> (route: Route, fragment: String) {
        (NotesPageBuilder.route(ofNote: id, listings: index.listings), SiteRoutes.noteID(id))
    }
}
