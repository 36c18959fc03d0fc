/// Everything read from a dossier source folder, before analysis.
public struct Dossier: Sendable, Hashable {
    public var config: DossierConfig
    /// The overview essay from `index.md`.
    public var overview: MarkdownText?
    /// The `title:` of `index.md`: the overview's heading on the home page.
    public var overviewTitle: String?
    /// Sorted by id.
    public var articles: [Article]
    /// Sorted by id.
    public var actors: [Actor]
    /// Sorted by id.
    public var topics: [Topic]
    /// Sorted by id; includes outlets named only by article sidecars.
    public var outlets: [Outlet]
    /// Sorted by id.
    public var notes: [Note]
    /// In file order.
    public var timeline: [TimelineEvent]
    /// Files with a valid id that could not be loaded, so their ids are missing above.
    public var failed: [FailedSource]

    public init(
        config: DossierConfig, overview: MarkdownText? = nil, overviewTitle: String? = nil, articles: [Article] = [],
        actors: [Actor] = [], topics: [Topic] = [], outlets: [Outlet] = [], notes: [Note] = [],
        timeline: [TimelineEvent] = [], failed: [FailedSource] = []
    ) {
        self.config = config
        self.overview = overview
        self.overviewTitle = overviewTitle
        self.articles = articles
        self.actors = actors
        self.topics = topics
        self.outlets = outlets
        self.notes = notes
        self.timeline = timeline
        self.failed = failed
    }
}
