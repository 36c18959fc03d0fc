import DossierModel
import DossierRenderer

extension SiteRenderer {
    /// The pages a site has one of (timeline, search, comparison, 404); nil for other routes.
    func prepareSinglePage(_ route: Route, context: PageContext) throws -> PreparedPage? {
        let strings = UIStrings.arabic
        switch route {
        case .timeline:
            return prepare(
                TimelinePageBuilder.page(context: context), title: strings.timeline,
                description: strings.timelineIntro, context: context)
        case .search:
            let page = SearchFormPage(scriptHref: SiteRoutes.relativeURL(from: route, to: .asset("assets/search.js")))
            return prepare(page, title: strings.search, description: strings.searchIntro, context: context)
        case .comparison:
            return prepare(
                ComparisonPageBuilder.page(context: context), title: strings.comparisonTitle,
                description: strings.comparisonIntro, context: context)
        case .notFound:
            let page = NotFoundPage(config: context.index.dossier.config)
            return prepare(page, title: page.title, description: nil, context: context, baseHref: page.baseHref)
        default:
            return nil
        }
    }
}

extension NotFoundPage: PageContent {
    public static var template: TemplateName { .notFound }
}
