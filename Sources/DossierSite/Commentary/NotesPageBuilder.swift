import DossierModel
import DossierRenderer

/// Builds the notes page: anchored notes grouped by article, in the dossier's article order.
public enum NotesPageBuilder {
    /// The model of the notes page; each card has the id `note-<id>` (backlinks point there).
    public static func page(context: PageContext) -> (NotesPage, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let groups = context.analysis.articles.compactMap { article -> NotesPage.Group? in
            let cards = article.notes.compactMap { id -> NoteView? in
                guard let note = context.analysis.note(id) else { return nil }
                let (view, found) = context.noteView(note, elementID: SiteRoutes.noteID(id))
                diagnostics += found
                return view
            }
            guard !cards.isEmpty else { return nil }
            return NotesPage.Group(
                title: article.article.title, href: context.href(to: .article(article.id)) ?? "", notes: cards,
                articleID: article.id, language: context.foreignLanguage(ofArticle: article.id))
        }
        return (NotesPage(groups: groups, labels: context.strings), diagnostics)
    }
}
