import DossierAnalysis

/// What `SearchIndexing` writes into one page of the site: meta, facets and extra terms.
public struct SearchPage: Sendable, Hashable, Encodable {
    /// The page title (goes to `data-pagefind-meta="title"`).
    public let title: String
    /// The page kind shown in results: `article`, `actor`, `topic`, `outlet`, `note`, `page`.
    public let type: String
    /// The extra search terms (`SearchTermSource.terms`), made from the page's sources and
    /// the analysis, never from its HTML.
    public let terms: [String]
    /// The forms of the names of what the page is about (an actor's names, a topic's or an
    /// article's title), indexed at a heading's weight so the page ranks first for them.
    public let subjectTerms: [String]
    /// Ids of the actors the page is about or mentions (facets).
    public let actorIDs: [String]
    /// Ids of the topics the page touches (facets).
    public let topicIDs: [String]
    /// The outlet's display name, for an article page (facet).
    public let outletName: String?
    /// The article's language when it differs from the site's, so results show it in its own direction.
    public let language: String?

    /// Creates a page description.
    public init(
        title: String, type: String, terms: [String], subjectTerms: [String] = [], actorIDs: [String] = [],
        topicIDs: [String] = [], outletName: String? = nil, language: String? = nil
    ) {
        self.subjectTerms = subjectTerms
        self.language = language
        self.title = title
        self.type = type
        self.terms = terms
        self.actorIDs = actorIDs
        self.topicIDs = topicIDs
        self.outletName = outletName
    }
}
