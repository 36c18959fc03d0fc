import DossierModel
import DossierRenderer

/// Builds the pages of the list of every article, newest first.
public enum ArticleListPageBuilder {
    /// Page `number` of the article list.
    public static func page(number: Int, context: PageContext) -> ArticleListPage {
        let listings = context.index.listings
        let list = SiteLists.articles(listings)
        let articles = list.items(ofPage: number).compactMap {
            HomePageBuilder.summary(of: listings.articles[$0], context: context)
        }
        return ArticleListPage(
            articles: articles,
            total: number == list.landingPage ? context.strings.articleCount.phrase(listings.articles.count) : nil,
            pager: PagerBuilder.pager(
                for: list, current: number, label: context.strings.articlePages, context: context),
            labels: context.strings)
    }
}
