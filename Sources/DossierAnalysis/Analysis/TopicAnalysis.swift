import DossierModel

/// Everything the topic page shows, computed once.
public struct TopicAnalysis: Sendable, Hashable, Identifiable {
    /// The topic as loaded.
    public let topic: Topic
    /// Every hit, in article order (the dossier's) then document order.
    public let hits: [TopicHit]
    /// Hits per article, most first, then by article id.
    public let articleCounts: [MentionCount]
    /// Hits per paragraph, most first, then by article id and paragraph.
    public let paragraphs: [ParagraphCount]
    /// Actors mentioned in the paragraphs the topic hits, by number of such paragraphs, then
    /// Arabic name, then id.
    public let relatedActors: [MentionCount]
    /// Notes listing this topic in their `topics:` key, by note id.
    public let notes: [String]

    /// Creates a topic analysis.
    public init(
        topic: Topic, hits: [TopicHit], articleCounts: [MentionCount], paragraphs: [ParagraphCount],
        relatedActors: [MentionCount], notes: [String]
    ) {
        self.topic = topic
        self.hits = hits
        self.articleCounts = articleCounts
        self.paragraphs = paragraphs
        self.relatedActors = relatedActors
        self.notes = notes
    }

    /// The topic's id.
    public var id: String { topic.id }
    /// Total hits: the weight used to order the topics index.
    public var weight: Int { hits.count }
}

/// A count of hits in one paragraph of one article.
public struct ParagraphCount: Sendable, Hashable {
    /// The article's id.
    public let article: String
    /// 0-based index into `Article.paragraphs`.
    public let paragraphIndex: Int
    /// How many hits.
    public let count: Int

    /// Creates a paragraph count.
    public init(article: String, paragraphIndex: Int, count: Int) {
        self.article = article
        self.paragraphIndex = paragraphIndex
        self.count = count
    }
}
