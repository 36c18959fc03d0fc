import DossierModel
import DossierRenderer

extension SiteRenderer {
    /// The timeline, search, comparison and 404 pages; nil for other routes.
    func renderExtraPage(_ route: Route, context: PageContext) throws -> (String, [Diagnostic])? {
        let strings = ExtraStrings.arabic
        switch route {
        case .timeline:
            let page = TimelinePageBuilder.page(context: context)
            return (
                try renderer.render(
                    page, layout: context.layout(title: strings.timelineTitle, description: strings.timelineIntro)), []
            )
        case .search:
            let page = SearchFormPage(scriptHref: SiteRoutes.relativeURL(from: route, to: .asset("assets/search.js")))
            return (
                try renderer.render(
                    page, layout: context.layout(title: strings.searchTitle, description: strings.searchIntro)), []
            )
        case .comparison:
            let page = ComparisonPageBuilder.page(context: context)
            return (
                try renderer.render(
                    page, layout: context.layout(title: strings.comparisonTitle, description: strings.comparisonIntro)),
                []
            )
        case .notFound:
            let page = NotFoundPage(config: context.index.dossier.config)
            var layout = context.layout(title: page.title, description: nil)
            layout.baseHref = page.baseHref
            return (try renderer.render(page, layout: layout), [])
        default:
            return nil
        }
    }
}

extension NotFoundPage: PageContent {
    public static var template: TemplateName { .notFound }
}
