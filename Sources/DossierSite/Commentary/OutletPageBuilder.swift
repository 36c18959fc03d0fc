import DossierModel
import DossierRenderer

/// Builds an outlet page: about text, articles, coverage of each actor.
public enum OutletPageBuilder {
    /// The model of `outlet`'s page.
    public static func page(for outlet: OutletAnalysis, context: PageContext) -> (OutletPage, [Diagnostic]) {
        let about = outlet.outlet.about.map(context.markdown)
        let articleCounts = Dictionary(
            outlet.actorArticleCounts.map { ($0.id, $0.count) }, uniquingKeysWith: { first, _ in first })
        let url = WebAddress.checked(outlet.outlet.url)
        let page = OutletPage(
            name: outlet.outlet.name, url: url, aboutHTML: about.flatMap { $0.html.isEmpty ? nil : $0.html },
            articles: outlet.articles.map { id in
                let article = context.index.articles[id]
                return CountedLink(
                    label: article?.title ?? id, href: context.href(to: .article(id)), count: 0,
                    detail: article?.published.map { DisplayDate($0, strings: context.strings).textHTML },
                    language: context.foreignLanguage(ofArticle: id))
            },
            actors: outlet.actorCounts.map { count in
                CountedLink(
                    label: context.actorName(count.id), href: context.href(to: .actor(count.id)), count: count.count,
                    secondary: articleCounts[count.id] ?? 0)
            },
            backlinks: context.backlinks(to: .outlet, id: outlet.id), labels: context.strings)
        return (page, about?.diagnostics ?? [])
    }
}
