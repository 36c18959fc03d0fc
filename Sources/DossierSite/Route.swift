/// Something the site can link to: a page or a file. `SiteRoutes` gives each its one path.
public enum Route: Sendable, Hashable, Comparable {
    case home
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
    case timeline
    case search
    /// A static file from the templates folder, by its path there (`assets/style.css`).
    case asset(String)
}
