import DossierModel
import DossierRenderer

/// The pages of the paged lists: the article list, the notes, the years of the timeline, the
/// comparison, and the actors', topics' and outlets' pages.
extension SiteRenderer {
    /// Page `number` of the list landing at `list` (nil: the landing page itself).
    func prepareListPage(_ list: Route, number: Int?, context: PageContext) throws -> PreparedPage {
        let listings = context.index.listings
        switch list {
        case .articleIndex:
            let page = number ?? SiteLists.articles(listings).landingPage
            return prepare(
                ArticleListPageBuilder.page(number: page, context: context),
                title: numbered(strings.articles, page, number), description: strings.articlesIntro, context: context)
        case .notes:
            let page = number ?? SiteLists.notes(listings).landingPage
            let (model, diagnostics) = NotesPageBuilder.page(number: page, context: context)
            return prepare(
                model, title: numbered(strings.notes, page, number), description: nil, context: context,
                diagnostics: diagnostics)
        case .timelineYear(let year):
            let page = number ?? SiteLists.timelineYear(year, listings).landingPage
            return prepare(
                TimelinePageBuilder.yearPage(year, number: page, context: context),
                title: numbered(strings.timeline + ": " + String(year), page, number),
                description: strings.timelineIntro, context: context)
        case .comparison:
            let page = number ?? SiteLists.comparison(context.analysis).landingPage
            return prepare(
                ComparisonPageBuilder.page(number: page, context: context),
                title: numbered(strings.comparisonTitle, page, number), description: strings.comparisonIntro,
                context: context)
        case .actor(let id): return try prepareActorPage(id, number: number, context: context)
        case .topic(let id): return try prepareTopicPage(id, number: number, context: context)
        case .outlet(let id): return try prepareOutletPage(id, number: number, context: context)
        default:
            throw SiteError("\(list) is not a paged list")
        }
    }

    /// A list's title, with the page number on any page but the landing one.
    func numbered(_ title: String, _ page: Int, _ number: Int?) -> String {
        number == nil ? title : "\(title) (\(strings.commentary.page) \(page))"
    }
}
