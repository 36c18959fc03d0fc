/// Something the site can link to: a page or a file. `SiteRoutes` gives each its one path.
public enum Route: Sendable, Hashable, Comparable {
    case home
    /// The list of every article, newest first (paged).
    case articleIndex
    case article(String)
    /// The original bytes of an article, copied into the site.
    case articleOriginal(String)
    case actorIndex
    case actor(String)
    case topicIndex
    case topic(String)
    case outletIndex
    case outlet(String)
    case notes
    /// The timeline's index of years.
    case timeline
    /// The timeline of one year (paged).
    case timelineYear(Int)
    case search
    /// `data/dossier.json`: the dossier as data, an index of the per-article files.
    case dossierData
    /// `data/articles/<id>.json`: an article's text, mentions and topic hits.
    case articleData(String)
    /// `data/annotations.jsonld`: the notes as W3C Web Annotations.
    case annotations
    /// Which outlet carries which shared claim.
    case comparison
    /// The page static hosts show for a missing path.
    case notFound
    /// Page `page` of the paged list whose landing page is the first route, at
    /// `<its folder>/page/<n>/`; pages are numbered from the oldest item (`Paging`), and the
    /// landing page itself is never planned under this case.
    indirect case paged(Route, page: Int)
    /// A static file from the templates folder, by its path there (`assets/style.css`).
    case asset(String)
}

extension Route {
    /// The landing page of the paged list this page belongs to; the page itself otherwise.
    public var landing: Route {
        if case .paged(let list, _) = self { return list.landing }
        return self
    }
}
