import DossierModel
import DossierRenderer

/// Builds the pages of the notes list: anchored notes grouped by article, newest article first,
/// each article's notes in body order. The list is cut by notes, not by articles, so an
/// article whose notes span several pages has its heading on each.
public enum NotesPageBuilder {
    /// Page `number` of the notes list; each card has the id `note-<id>` (backlinks point there,
    /// on the page `route(ofNote:listings:)` gives).
    public static func page(number: Int, context: PageContext) -> (NotesPage, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let listings = context.index.listings
        let list = SiteLists.notes(listings)
        var groups: [NotesPage.Group] = []
        for (article, ids) in articleRuns(ofPage: number, listings: listings) {
            guard let analysis = context.analysis.article(article) else { continue }
            let cards = ids.compactMap { id -> NoteView? in
                guard let note = context.analysis.note(id) else { return nil }
                let (view, found) = context.noteView(note, elementID: SiteRoutes.noteID(id), headingsFrom: 3)
                diagnostics += found
                return view
            }
            guard !cards.isEmpty else { continue }
            groups.append(
                NotesPage.Group(
                    title: analysis.article.title, href: context.href(to: .article(article)) ?? "", notes: cards,
                    articleID: article, language: context.foreignLanguage(ofArticle: article)))
        }
        let pager = PagerBuilder.pager(for: list, current: number, label: context.strings.notePages, context: context)
        return (NotesPage(groups: groups, pager: pager, labels: context.strings), diagnostics)
    }

    /// The notes of page `number`, in reading order, in runs of one article each.
    static func articleRuns(ofPage number: Int, listings: SiteListings) -> [(article: String, notes: [String])] {
        var runs: [(article: String, notes: [String])] = []
        for position in SiteLists.notes(listings).items(ofPage: number) {
            let entry = listings.notes[position]
            if runs.last?.article == entry.article {
                runs[runs.count - 1].notes.append(entry.note)
            } else {
                runs.append((entry.article, [entry.note]))
            }
        }
        return runs
    }

    /// The page of the notes list holding the card of note `id` (the landing page for a note
    /// that is not anchored, and so not listed).
    static func route(ofNote id: String, listings: SiteListings) -> Route {
        let list = SiteLists.notes(listings)
        guard let position = listings.notePosition[id] else { return list.landing }
        return list.route(ofPage: list.paging.page(ofItem: position))
    }
}
