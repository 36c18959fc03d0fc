/// The article page's panel of who and what it mentions, with ambiguous names kept apart.
public struct ArticleSidePanel: Sendable, Hashable, Encodable {
    /// An alias occurrence not attributed to one actor.
    public struct Ambiguous: Sendable, Hashable, Encodable {
        public let surfaceHTML: String
        /// Relative link to its paragraph.
        public let href: String
        public let candidates: [CountedLink]

        public init(surface: String, href: String, candidates: [CountedLink]) {
            self.surfaceHTML = HTMLText.isolatingLatin(surface)
            self.href = href
            self.candidates = candidates
        }
    }

    public let actors: [CountedLink]
    public let hasActors: Bool
    public let topics: [CountedLink]
    public let hasTopics: Bool
    public let ambiguous: [Ambiguous]
    public let hasAmbiguous: Bool
    /// Commentary linking to the article.
    public let backlinks: [BacklinkView]
    public let hasBacklinks: Bool
    public let isEmpty: Bool

    public init(actors: [CountedLink], topics: [CountedLink], ambiguous: [Ambiguous], backlinks: [BacklinkView]) {
        self.actors = actors
        self.hasActors = !actors.isEmpty
        self.topics = topics
        self.hasTopics = !topics.isEmpty
        self.ambiguous = ambiguous
        self.hasAmbiguous = !ambiguous.isEmpty
        self.backlinks = backlinks
        self.hasBacklinks = !backlinks.isEmpty
        self.isEmpty = actors.isEmpty && topics.isEmpty && ambiguous.isEmpty && backlinks.isEmpty
    }
}
