import DossierModel

/// A dossier with everything the pages need computed once: mentions, topic hits, anchored
/// notes and timeline passages, per-actor/topic/outlet statistics and backlinks.
///
/// Produced by `DossierAnalyzer.analyze`; every array is in a deterministic order so that two
/// runs over the same sources give identical pages and data files.
public struct AnalyzedDossier: Sendable, Hashable {
    /// The dossier as loaded.
    public let dossier: Dossier
    /// One per `dossier.articles`, same order (by id).
    public let articles: [ArticleAnalysis]
    /// One per `dossier.actors`, same order (by id).
    public let actors: [ActorAnalysis]
    /// One per `dossier.topics`, same order (by id).
    public let topics: [TopicAnalysis]
    /// One per `dossier.outlets`, same order (by id).
    public let outlets: [OutletAnalysis]
    /// One per `dossier.notes`, same order (by id); orphans have no anchor.
    public let notes: [AnchoredNote]
    /// One per `dossier.timeline` event, in file order.
    public let timeline: [AnchoredEvent]
    /// Who links to what in the editors' Markdown.
    public let backlinks: BacklinkIndex
    /// Passages that several articles share or paraphrase.
    public let comparison: PassageComparisonResult
    /// Actor ids for the actors index: most mentions first, then Arabic name, then id.
    public let actorOrder: [String]
    /// Topic ids for the topics index: most hits first, then Arabic title, then id.
    public let topicOrder: [String]
    /// Outlet ids for the outlets index: most articles first, then Arabic name, then id.
    public let outletOrder: [String]

    /// What search takes from the editors' Markdown (set by the analyzer).
    package var commentarySearch = CommentarySearch()
    /// The editors' cross-references with a fragment (set by the analyzer), whose broken
    /// anchors the link check reports at their source.
    public package(set) var fragmentLinks: [FragmentLink] = []

    private let articleIndex: [String: Int]
    private let actorIndex: [String: Int]
    private let topicIndex: [String: Int]
    private let outletIndex: [String: Int]
    private let noteIndex: [String: Int]

    /// Creates an analyzed dossier and its id lookups.
    public init(
        dossier: Dossier, articles: [ArticleAnalysis], actors: [ActorAnalysis], topics: [TopicAnalysis],
        outlets: [OutletAnalysis], notes: [AnchoredNote], timeline: [AnchoredEvent], backlinks: BacklinkIndex,
        comparison: PassageComparisonResult, actorOrder: [String], topicOrder: [String], outletOrder: [String]
    ) {
        self.dossier = dossier
        self.articles = articles
        self.actors = actors
        self.topics = topics
        self.outlets = outlets
        self.notes = notes
        self.timeline = timeline
        self.backlinks = backlinks
        self.comparison = comparison
        self.actorOrder = actorOrder
        self.topicOrder = topicOrder
        self.outletOrder = outletOrder
        articleIndex = Self.positions(articles.map(\.id))
        actorIndex = Self.positions(actors.map(\.id))
        topicIndex = Self.positions(topics.map(\.id))
        outletIndex = Self.positions(outlets.map(\.id))
        noteIndex = Self.positions(notes.map(\.id))
    }

    private static func positions(_ ids: [String]) -> [String: Int] {
        Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The analysis of an article by id.
    public func article(_ id: String) -> ArticleAnalysis? { articleIndex[id].map { articles[$0] } }
    /// The analysis of an actor by id.
    public func actor(_ id: String) -> ActorAnalysis? { actorIndex[id].map { actors[$0] } }
    /// The analysis of a topic by id.
    public func topic(_ id: String) -> TopicAnalysis? { topicIndex[id].map { topics[$0] } }
    /// The analysis of an outlet by id.
    public func outlet(_ id: String) -> OutletAnalysis? { outletIndex[id].map { outlets[$0] } }
    /// A note and its anchor by id.
    public func note(_ id: String) -> AnchoredNote? { noteIndex[id].map { notes[$0] } }

    /// Every resolved body mention of every article, in article then document order.
    public var allMentions: [ActorMention] { articles.flatMap(\.mentions) }
}
