import DossierModel
import DossierRenderer

/// Builds the pages of the notes list: anchored notes grouped by article, newest article first.
public enum NotesPageBuilder {
    /// Page `number` of the notes list; each card has the id `note-<id>` (backlinks point there,
    /// on the page `route(ofNoteIn:)` gives).
    public static func page(number: Int, context: PageContext) -> (NotesPage, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let listings = context.index.listings
        let list = SiteLists.notes(listings)
        let groups = list.items(ofPage: number).compactMap { position -> NotesPage.Group? in
            guard let article = context.analysis.article(listings.noteArticles[position]) else { return nil }
            let cards = article.notes.compactMap { id -> NoteView? in
                guard let note = context.analysis.note(id) else { return nil }
                let (view, found) = context.noteView(note, elementID: SiteRoutes.noteID(id), headingsFrom: 3)
                diagnostics += found
                return view
            }
            guard !cards.isEmpty else { return nil }
            return NotesPage.Group(
                title: article.article.title, href: context.href(to: .article(article.id)) ?? "", notes: cards,
                articleID: article.id, language: context.foreignLanguage(ofArticle: article.id))
        }
        let pager = PagerBuilder.pager(for: list, current: number, label: context.strings.notePages, context: context)
        return (NotesPage(groups: groups, pager: pager, labels: context.strings), diagnostics)
    }

    /// The page of the notes list holding the card of the notes of `article`.
    static func route(ofNotesIn article: String, listings: SiteListings) -> Route {
        let list = SiteLists.notes(listings)
        guard let position = listings.noteArticlePosition[article] else { return list.landing }
        return list.route(ofPage: list.paging.page(ofItem: position))
    }
}
