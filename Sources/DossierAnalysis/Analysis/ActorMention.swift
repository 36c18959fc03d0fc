import ArabicText

/// One resolved mention of an actor in an article's title or body.
public struct ActorMention: Sendable, Hashable, Identifiable, Codable {
    /// Stable id within the article: `m-<n>` for body mentions in document order (the anchor
    /// on the article page), `t-<n>` for title mentions; 1-based.
    public let id: String
    /// The actor's id.
    public let actor: String
    /// The article's id.
    public let article: String
    /// Title or paragraph.
    public let part: ArticlePart
    /// Scalar range in the part's text (the title or the paragraph).
    public let range: Range<Int>
    /// Scalar range in `Article.bodyText`; nil for title mentions.
    public let bodyRange: Range<Int>?
    /// The alias that matched, as listed in the actor file (or the actor's name).
    public let alias: String
    /// The text as it appears in the article, proclitics included («وبوتين»).
    public let surface: String
    /// Strong alias, or weak alias activated by a strong mention in the same article.
    public let strength: MentionStrength

    /// Creates a mention.
    public init(
        id: String, actor: String, article: String, part: ArticlePart, range: Range<Int>,
        bodyRange: Range<Int>?, alias: String, surface: String, strength: MentionStrength
    ) {
        self.id = id
        self.actor = actor
        self.article = article
        self.part = part
        self.range = range
        self.bodyRange = bodyRange
        self.alias = alias
        self.surface = surface
        self.strength = strength
    }
}

/// A mention is written field by field, in the order its `Codable` form has them: the cache
/// holds every mention of every article, and decoding each through a keyed container was the
/// largest part of reading the analysis.
extension ActorMention: BinaryCodable {
    package func encodeBinary(to sink: BinarySink) throws {
        sink.string(id)
        sink.string(actor)
        sink.string(article)
        try part.encodeBinary(to: sink)
        try range.encodeBinary(to: sink)
        try bodyRange.encodeBinary(to: sink)
        sink.string(alias)
        sink.string(surface)
        try strength.encodeBinary(to: sink)
    }

    package static func decodeBinary(from source: BinarySource) throws -> ActorMention {
        ActorMention(
            id: try source.string(), actor: try source.string(), article: try source.string(),
            part: try ArticlePart.decodeBinary(from: source), range: try Range.decodeBinary(from: source),
            bodyRange: try Range?.decodeBinary(from: source), alias: try source.string(), surface: try source.string(),
            strength: try MentionStrength.decodeBinary(from: source))
    }
}
