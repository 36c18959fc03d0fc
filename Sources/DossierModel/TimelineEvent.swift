/// A dated event of the story, resting on passages of the articles.
public struct TimelineEvent: Sendable, Hashable, Encodable {
    public var date: PartialDate
    /// The event in one line, in Arabic.
    public var title: String
    /// The passages the event rests on.
    public var sources: [PassageReference]
    public var actors: [String]
    public var topics: [String]
    /// The event's entry in `timeline.yml`.
    public var location: SourceLocation
    /// The lines of the entry's keys in `timeline.yml`, for problems with one key's value.
    public var keyLines: [String: Int]

    public init(
        date: PartialDate, title: String, sources: [PassageReference], actors: [String] = [],
        topics: [String] = [], location: SourceLocation, keyLines: [String: Int] = [:]
    ) {
        self.date = date
        self.title = title
        self.sources = sources
        self.actors = actors
        self.topics = topics
        self.location = location
        self.keyLines = keyLines
    }

    /// The location of one of the entry's keys, or of the entry when the key is absent.
    public func location(ofKey key: String) -> SourceLocation {
        keyLines[key].map { SourceLocation(path: location.path, line: $0, column: 1) } ?? location
    }
}

/// A quoted passage of one article.
public struct PassageReference: Sendable, Hashable, Encodable {
    public var article: String
    public var quote: String

    public init(article: String, quote: String) {
        self.article = article
        self.quote = quote
    }
}
