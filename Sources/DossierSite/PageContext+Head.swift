import DossierModel
import DossierRenderer

extension PageContext {
    /// The optional stylesheet `assets/extras.css`, linked from every page when the templates have it.
    static let extrasStylesheet = Route.asset("assets/extras.css")
    /// The reading aids' script (notes switch, collapsible margin notes), on every page.
    static let pageScript = Route.asset("assets/page.js")
    /// The site's icon, on every page (browsers otherwise ask for a missing `/favicon.ico`).
    static let favicon = Route.asset("assets/favicon.svg")

    /// `layout` with the head extras of this page (Open Graph, feed link, extra stylesheet).
    func decorated(_ layout: PageLayout, title: String?, description: String?) -> PageLayout {
        var layout = layout
        let config = index.dossier.config
        layout.feedHref = SiteRoutes.relativeURL(from: path, to: AtomFeed.path)
        layout.rootHref = SiteRoutes.rootURL(from: path)
        layout.feedTitle = UIStrings.arabic.feedTitle
        if plan.contains(Self.extrasStylesheet) {
            layout.stylesheets = [SiteRoutes.relativeURL(from: route, to: Self.extrasStylesheet)]
        }
        if plan.contains(Self.favicon) {
            layout.faviconHref = SiteRoutes.relativeURL(from: route, to: Self.favicon)
        }
        if plan.contains(Self.pageScript) {
            layout.scriptHref = SiteRoutes.relativeURL(from: route, to: Self.pageScript)
        }
        var published: PartialDate?
        let type: OpenGraph.PageType
        switch route {
        case .article(let id):
            type = .article
            published = index.articles[id]?.published
        case .actor: type = .profile
        default: type = .website
        }
        layout.metaTags = OpenGraph.tags(
            title: title ?? config.title, description: description ?? config.description, type: type,
            path: path, config: config, publishedTime: published
        ).map { MetaTag(property: $0.property, content: $0.content) }
        return layout
    }
}
