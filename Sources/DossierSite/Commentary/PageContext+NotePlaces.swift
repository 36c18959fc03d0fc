import DossierAnalysis
import DossierRenderer

/// How much of its notes an article page shows, and so where links to a note go. No page
/// grows with the dossier (docs/architecture.md §3): an article of 20,000 notes made a page of
/// 13 MB. Its page shows the cards of its first `marginCardLimit` notes (body order) beside
/// their passages, fewer when their cards would weigh more than `marginCardBytes`, and
/// highlights and marks the passages of its first `markedNoteLimit`, the markers of those
/// without a card linking to their card on the notes list, which holds them all.
extension PageContext {
    /// The most notes an article page shows as cards in its margin: a hundred cards of long
    /// notes (3,000 characters each) are about 0.6 MB.
    static let marginCardLimit = 100
    /// The most the cards in an article page's margin weigh (`NoteCardWeight`), but for its
    /// first card: a hundred notes of 10,000 characters made a page of 2 MB.
    static let marginCardBytes = 700_000
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
        let number = noteNumber(note)
        if number <= marginCardCount(of: note.note.article) { return .card }
        return number <= Self.markedNoteLimit ? .marked : .listed
    }

    /// How many of the first notes of article `id` its page shows as cards.
    func marginCardCount(of id: String) -> Int {
        index.listings.marginCards[id] ?? 0
    }

    /// How many of the first notes, whose cards weigh `weights` (body order), an article page
    /// shows as cards: at most `marginCardLimit`, and no more than fit in `marginCardBytes`,
    /// the first always.
    static func marginCardCount(weights: [Int]) -> Int {
        var total = 0
        var count = 0
        for weight in weights.prefix(marginCardLimit) {
            total += weight
            guard count == 0 || total <= marginCardBytes else { break }
            count += 1
        }
        return count
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
