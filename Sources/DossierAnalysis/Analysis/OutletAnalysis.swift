import DossierModel

/// Everything the outlet page shows, computed once.
public struct OutletAnalysis: Sendable, Hashable, Identifiable {
    /// The outlet as loaded.
    public let outlet: Outlet
    /// Ids of its articles, newest first (undated last), then by id.
    public let articles: [String]
    /// How it covers each actor: mentions per actor, most first, then Arabic name, then id.
    public let actorCounts: [MentionCount]
    /// Number of its articles mentioning each actor, in the same order as `actorCounts`.
    public let actorArticleCounts: [MentionCount]

    /// Creates an outlet analysis.
    public init(outlet: Outlet, articles: [String], actorCounts: [MentionCount], actorArticleCounts: [MentionCount]) {
        self.outlet = outlet
        self.articles = articles
        self.actorCounts = actorCounts
        self.actorArticleCounts = actorArticleCounts
    }

    /// The outlet's id.
    public var id: String { outlet.id }
    /// Number of articles: the weight used to order the outlets index.
    public var weight: Int { articles.count }
}
