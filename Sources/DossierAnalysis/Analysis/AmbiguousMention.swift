import ArabicText

/// An alias occurrence that could not be linked to one actor.
///
/// Either a weak alias whose owners have no strong mention (or several have) in the article,
/// or an alias listed by several actors. Kept apart from `ActorMention` so pages can show it
/// unlinked and editors can see which actors were candidates.
public struct AmbiguousMention: Sendable, Hashable, Codable {
    /// The article's id.
    public let article: String
    /// Title or paragraph.
    public let part: ArticlePart
    /// Scalar range in the part's text.
    public let range: Range<Int>
    /// Scalar range in `Article.bodyText`; nil in the title.
    public let bodyRange: Range<Int>?
    /// The alias that matched.
    public let alias: String
    /// The text as it appears in the article.
    public let surface: String
    /// Strong or weak alias.
    public let strength: MentionStrength
    /// Ids of the actors owning the alias, sorted.
    public let candidates: [String]

    /// Creates an ambiguous mention.
    public init(
        article: String, part: ArticlePart, range: Range<Int>, bodyRange: Range<Int>?, alias: String,
        surface: String, strength: MentionStrength, candidates: [String]
    ) {
        self.article = article
        self.part = part
        self.range = range
        self.bodyRange = bodyRange
        self.alias = alias
        self.surface = surface
        self.strength = strength
        self.candidates = candidates
    }
}
