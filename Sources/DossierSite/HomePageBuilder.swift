import DossierModel
import DossierRenderer

/// Builds the home page model: overview essay and the articles, newest first.
public enum HomePageBuilder {
    public static func page(context: PageContext) -> (page: HomePage, diagnostics: [Diagnostic]) {
        let dossier = context.index.dossier
        let overview = dossier.overview.map(context.markdown)
        let articles = sortedNewestFirst(dossier.articles).map { article in
            ArticleSummary(
                href: context.href(to: .article(article.id)) ?? "",
                title: article.title,
                outletName: context.index.outletName(of: article, strings: context.strings),
                date: article.published.map { DisplayDate($0, strings: context.strings) },
                language: context.foreignLanguage(ofArticle: article.id))
        }
        let page = HomePage(
            title: dossier.config.title, subtitle: dossier.config.subtitle,
            overviewHTML: overview?.html, articles: articles, labels: context.strings)
        return (page, overview?.diagnostics ?? [])
    }

    /// Newest first; undated articles last; ties by id, so the order never depends on input order.
    static func sortedNewestFirst(_ articles: [Article]) -> [Article] {
        articles.sorted { lhs, rhs in
            switch (lhs.published, rhs.published) {
            case let (left?, right?) where left != right: return right < left
            case (.some, .none): return true
            case (.none, .some): return false
            default: return lhs.id < rhs.id
            }
        }
    }
}
