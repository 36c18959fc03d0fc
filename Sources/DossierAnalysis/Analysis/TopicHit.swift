/// One occurrence of a topic term in an article's body (matched on L2 stems).
public struct TopicHit: Sendable, Hashable, Codable {
    /// The topic's id.
    public let topic: String
    /// The article's id.
    public let article: String
    /// 0-based index into `Article.paragraphs`.
    public let paragraphIndex: Int
    /// Scalar range of the whole matched words in the paragraph (articles and suffixes included).
    public let range: Range<Int>
    /// Scalar range in `Article.bodyText`.
    public let bodyRange: Range<Int>
    /// The term of the topic file that matched.
    public let term: String
    /// The text as it appears in the article.
    public let surface: String

    /// Creates a hit.
    public init(
        topic: String, article: String, paragraphIndex: Int, range: Range<Int>, bodyRange: Range<Int>,
        term: String, surface: String
    ) {
        self.topic = topic
        self.article = article
        self.paragraphIndex = paragraphIndex
        self.range = range
        self.bodyRange = bodyRange
        self.term = term
        self.surface = surface
    }
}
