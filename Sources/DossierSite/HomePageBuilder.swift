import DossierModel
import DossierRenderer

/// Builds the home page model: overview essay and the newest articles, with a link to the
/// full list (the home page does not grow with the dossier).
public enum HomePageBuilder {
    public static func page(context: PageContext) -> (page: HomePage, diagnostics: [Diagnostic]) {
        let dossier = context.index.dossier
        let overview = dossier.overview.map(context.markdown)
        let ids = context.index.listings.articles.suffix(SiteLists.homeArticles).reversed()
        let page = HomePage(
            title: dossier.config.title, subtitle: dossier.config.subtitle, overviewTitle: dossier.overviewTitle,
            overviewHTML: overview?.html, articles: ids.compactMap { summary(of: $0, context: context) },
            allArticlesHref: dossier.articles.count > SiteLists.homeArticles ? context.href(to: .articleIndex) : nil,
            articleTotal: context.strings.articleCount.phrase(dossier.articles.count), labels: context.strings)
        return (page, overview?.diagnostics ?? [])
    }

    /// An article as a card of a list: its title linked, its outlet and date.
    static func summary(of id: String, context: PageContext) -> ArticleSummary? {
        guard let article = context.index.articles[id] else { return nil }
        return ArticleSummary(
            href: context.href(to: .article(article.id)) ?? "",
            title: article.title,
            outletName: context.index.outletName(of: article, strings: context.strings),
            date: article.published.map { DisplayDate($0, strings: context.strings) },
            language: context.foreignLanguage(ofArticle: article.id))
    }
}
