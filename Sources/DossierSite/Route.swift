/// Something the site can link to: a page or a file. `SiteRoutes` gives each its one path.
public enum Route: Sendable, Hashable, Comparable {
    case home
    case article(String)
    /// The original bytes of an article, copied into the site.
    case articleOriginal(String)
    case actorIndex
    case actor(String)
    /// Page `page` (≥ 2) of an actor's mentions in context; page 1 is `actor`.
    case actorMentions(String, page: Int)
    case topicIndex
    case topic(String)
    case outletIndex
    case outlet(String)
    case notes
    case timeline
    case search
    /// `data/dossier.json`: the dossier as data.
    case dossierData
    /// `data/annotations.jsonld`: the notes as W3C Web Annotations.
    case annotations
    /// Which outlet carries which shared claim.
    case comparison
    /// The page static hosts show for a missing path.
    case notFound
    /// A static file from the templates folder, by its path there (`assets/style.css`).
    case asset(String)
}
