import DossierModel
import DossierRenderer

/// The pages a site has one of: the timeline index, search and 404.
extension SiteRenderer {
    /// The timeline's index of years.
    func prepareTimelinePage(context: PageContext) -> PreparedPage {
        prepare(
            TimelinePageBuilder.page(context: context), title: strings.timeline, description: strings.timelineIntro,
            context: context)
    }

    /// The search page (its results come from Pagefind in the browser, from every part of the
    /// index).
    func prepareSearchPage(context: PageContext) -> PreparedPage {
        let page = SearchFormPage(
            scriptHref: SiteRoutes.relativeURL(from: .search, to: .asset("assets/search.js")), indexed: searchIndexed,
            indexParts: searchIndexParts)
        return prepare(page, title: strings.search, description: strings.searchIntro, context: context)
    }

    /// The 404 page, served at any depth.
    func prepareNotFoundPage(context: PageContext) -> PreparedPage {
        let page = NotFoundPage(config: context.index.dossier.config)
        return prepare(page, title: page.title, description: nil, context: context, baseHref: page.baseHref)
    }
}

extension NotFoundPage: PageContent {
    public static var template: TemplateName { .notFound }
}
