import DossierAnalysis
import DossierModel
import DossierRenderer

/// Builds one page of an outlet: the landing page has the about text, the newest articles and
/// the coverage of each actor; later pages only further (older) articles.
public enum OutletPageBuilder {
    /// The ids of the articles page `number` of `outlet`'s page (of `listings`) lists, in its order.
    static func articles(of outlet: OutletAnalysis, page number: Int, listings: SiteListings) -> [String] {
        // `outlet.articles` is newest first; the list counts from the oldest.
        let count = outlet.articles.count
        return SiteLists.outlet(outlet, listings).items(ofPage: number).map { outlet.articles[count - 1 - $0] }
    }

    /// The model of page `number` (counted from the oldest article) of `outlet`'s page.
    public static func page(for outlet: OutletAnalysis, number: Int, context: PageContext) -> (OutletPage, [Diagnostic])
    {
        let list = SiteLists.outlet(outlet, context.index.listings)
        let isFirst = number == list.landingPage
        let about = isFirst ? outlet.outlet.about.map(context.markdown) : nil
        let articleCounts = Dictionary(
            outlet.actorArticleCounts.map { ($0.id, $0.count) }, uniquingKeysWith: { first, _ in first })
        let url = WebAddress.checked(outlet.outlet.url)
        let page = OutletPage(
            name: outlet.outlet.name, url: url, aboutHTML: about.flatMap { $0.html.isEmpty ? nil : $0.html },
            articles: articles(of: outlet, page: number, listings: context.index.listings).map { id in
                let article = context.index.articles[id]
                return CountedLink(
                    label: article?.title ?? id, href: context.href(to: .article(id)), count: 0,
                    detail: article?.published.map { DisplayDate($0, strings: context.strings).textHTML },
                    language: context.foreignLanguage(ofArticle: id))
            },
            actors: !isFirst
                ? []
                : outlet.actorCounts.map { count in
                    CountedLink(
                        label: context.actorName(count.id), href: context.href(to: .actor(count.id)),
                        count: count.count, secondary: articleCounts[count.id] ?? 0)
                },
            pager: PagerBuilder.pager(
                for: list, current: number, label: context.strings.articlePages, context: context),
            isFirstPage: isFirst, backlinks: isFirst ? context.backlinks(to: .outlet, id: outlet.id) : [],
            labels: context.strings)
        return (page, about?.diagnostics ?? [])
    }
}
