import DossierAnalysis
import DossierModel
import DossierRenderer

extension PageContext {
    /// The analyzer's results.
    var analysis: AnalyzedDossier { index.analysis }

    /// The id of a note's card beside its passage on the article page. Its prefix is not the
    /// highlight's (`note-<id>`), so no two notes make the same id, whatever their ids: with a
    /// suffix, note `x`'s card and note `x-text`'s highlight were both `note-x-text`.
    static func noteCardID(_ noteID: String) -> String { "margin-note-\(noteID)" }

    /// Links to the commentary that links to `kind:id` (the «pages pointing here» list). A
    /// note is named by its first words, and an article does not list its own notes (they
    /// are beside its text already).
    func backlinks(to kind: CrossReference.Kind, id: String) -> [BacklinkView] {
        analysis.backlinks.sources(linkingTo: kind, id: id).compactMap { source -> BacklinkView? in
            let note = source.kind == .note ? index.notes[source.id] : nil
            if kind == .article, let note, note.article == id { return nil }
            // Only anchored notes have a card on the notes page to link to; an unanchored one
            // is already an error at its own file.
            if source.kind == .note, analysis.note(source.id)?.anchor == nil { return nil }
            let label: String
            let target: (Route, String?)
            switch source.kind {
            case .overview: (label, target) = (strings.overview, (.home, nil))
            case .actor: (label, target) = (strings.actors, (.actor(source.id), nil))
            case .topic: (label, target) = (strings.topics, (.topic(source.id), nil))
            case .outlet: (label, target) = (strings.outlets, (.outlet(source.id), nil))
            case .note:
                let page = NotesPageBuilder.route(ofNote: source.id, listings: index.listings)
                (label, target) = (strings.notes, (page, SiteRoutes.noteID(source.id)))
            }
            return href(to: target.0, fragment: target.1).map {
                BacklinkView(
                    title: note.map { NoteExcerpt.words(of: $0.body.text) } ?? source.title, kindLabel: label, href: $0)
            }
        }
    }

    /// The 1-based number of an anchored note within its article (body order).
    func noteNumber(_ note: AnchoredNote) -> Int {
        note.anchor == nil ? 0 : index.listings.noteNumbers[note.id] ?? 0
    }

    /// A note as a card; `elementID` is the card's own id on this page, the headings of its
    /// body start at `headingsFrom` (one below the heading the card sits under), and a card
    /// that `namesArticle` shows its article's title in place of its number.
    func noteView(_ note: AnchoredNote, elementID: String, headingsFrom: Int, namesArticle: Bool = false)
        -> (NoteView, [Diagnostic])
    {
        let body = markdown(note.note.body, headingLevels: .outline(from: headingsFrom))
        let article = note.anchor?.article ?? note.note.article
        let (route, fragment) = passageTarget(of: note)
        let passage = href(to: route, fragment: fragment) ?? ""
        let view = NoteView(
            id: note.id, number: noteNumber(note), kind: note.note.kind,
            kindLabel: strings.commentary.label(forNoteKind: note.note.kind),
            quote: note.anchor?.exact ?? note.note.quote,
            bodyHTML: body.html, passageHref: passage, articleTitle: index.articles[article]?.title ?? article,
            namesArticle: namesArticle, elementID: elementID, language: foreignLanguage(ofArticle: article))
        return (view, body.diagnostics)
    }

    /// Cards for notes by id (anchored ones only), for actor and topic pages: the first
    /// `noteCardLimit`, and the line before a link to the notes list when there are more.
    func noteCards(_ ids: [String]) -> (cards: [NoteView], shownOf: String?, diagnostics: [Diagnostic]) {
        let (shown, total) = shownNotes(ids)
        var views: [NoteView] = []
        var diagnostics: [Diagnostic] = []
        for id in shown {
            guard let note = analysis.note(id) else { continue }
            let (view, found) = noteView(note, elementID: "card-\(id)", headingsFrom: 3, namesArticle: true)
            views.append(view)
            diagnostics += found
        }
        let shownOf = total > shown.count ? strings.shownOf(strings.noteCount, shown.count, of: total) : nil
        return (views, shownOf, diagnostics)
    }

    /// The anchored notes of `ids` an actor's or topic's page shows (the first
    /// `noteCardLimit`), and how many it has.
    func shownNotes(_ ids: [String]) -> (shown: [String], total: Int) {
        let anchored = ids.filter { analysis.note($0)?.anchor != nil }
        return (Array(anchored.prefix(Self.noteCardLimit)), anchored.count)
    }

    /// The most notes an actor's or topic's page shows; the notes list has them all.
    static let noteCardLimit = 30

    /// An actor's display name by id.
    func actorName(_ id: String) -> String { index.actors[id]?.name ?? id }

    /// "Paragraph 3" or "Title", for a place in an article.
    func placeLabel(_ part: ArticlePart) -> String {
        part.paragraphNumber.map { "\(strings.paragraph) \($0)" } ?? strings.articleTitle
    }
}
