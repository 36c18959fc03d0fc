/// An editor's note pinned to an exact passage of an article.
public struct Note: Sendable, Hashable, Identifiable, Encodable {
    /// ASCII file stem (`notes/<id>.md`).
    public var id: String
    /// The id of the article the note is pinned to.
    public var article: String
    /// The exact passage, as it appears in the article's display text.
    public var quote: String
    /// Text just before the passage, to tell repeated passages apart.
    public var prefix: String?
    /// Text just after the passage, to tell repeated passages apart.
    public var suffix: String?
    public var actors: [String]
    public var topics: [String]
    /// e.g. `discrepancy`, `context`, `correction`, `source`.
    public var kind: String
    public var body: MarkdownText
    /// The note file (line 1).
    public var source: SourceLocation
    /// Lines of the front-matter keys, so errors can point at `quote:` or `article:`.
    public var keyLines: [String: Int]

    public init(
        id: String, article: String, quote: String, prefix: String? = nil, suffix: String? = nil,
        actors: [String] = [], topics: [String] = [], kind: String = "context",
        body: MarkdownText, source: SourceLocation, keyLines: [String: Int] = [:]
    ) {
        self.id = id
        self.article = article
        self.quote = quote
        self.prefix = prefix
        self.suffix = suffix
        self.actors = actors
        self.topics = topics
        self.kind = kind
        self.body = body
        self.source = source
        self.keyLines = keyLines
    }

    /// The location of a front-matter key, or of the file when the key is absent.
    public func location(ofKey key: String) -> SourceLocation {
        SourceLocation(path: source.path, line: keyLines[key] ?? source.line, column: 1)
    }
}
