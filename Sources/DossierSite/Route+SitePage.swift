import DossierModel

extension Route {
    /// The page a `page:` cross-reference names (`SitePage`).
    public init(_ page: SitePage) {
        switch page {
        case .home: self = .home
        case .articles: self = .articleIndex
        case .actors: self = .actorIndex
        case .topics: self = .topicIndex
        case .outlets: self = .outletIndex
        case .timeline: self = .timeline
        case .compare: self = .comparison
        case .notes: self = .notes
        case .search: self = .search
        }
    }
}
