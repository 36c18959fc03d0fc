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

    /// How many actors and how many topics the short sticky box shows before its link down to
    /// the full lists.
    public static let summaryLength = 3

    public let actors: [CountedLink]
    /// The most counted actors, for the short sticky "in this article" box.
    public let topActors: [CountedLink]
    public let hasActors: Bool
    public let topics: [CountedLink]
    /// The most counted topics, for the short sticky box.
    public let topTopics: [CountedLink]
    public let hasTopics: Bool
    public let ambiguous: [Ambiguous]
    public let hasAmbiguous: Bool
    /// Commentary linking to the article.
    public let backlinks: [BacklinkView]
    public let hasBacklinks: Bool
    public let isEmpty: Bool
    /// True when there are actors or topics for the short sticky box (backlinks alone do not
    /// make one: they are listed in full below the article).
    public let hasSummary: Bool

    public init(actors: [CountedLink], topics: [CountedLink], ambiguous: [Ambiguous], backlinks: [BacklinkView]) {
        self.actors = actors
        self.topActors = Self.mostCounted(actors)
        self.hasActors = !actors.isEmpty
        self.topics = topics
        self.topTopics = Self.mostCounted(topics)
        self.hasTopics = !topics.isEmpty
        self.ambiguous = ambiguous
        self.hasAmbiguous = !ambiguous.isEmpty
        self.backlinks = backlinks
        self.hasBacklinks = !backlinks.isEmpty
        self.isEmpty = actors.isEmpty && topics.isEmpty && ambiguous.isEmpty && backlinks.isEmpty
        self.hasSummary = !actors.isEmpty || !topics.isEmpty
    }

    /// The first `summaryLength` links by count; ties keep the list's own order.
    private static func mostCounted(_ links: [CountedLink]) -> [CountedLink] {
        let ranked = links.enumerated().sorted { lhs, rhs in
            lhs.element.count != rhs.element.count ? lhs.element.count > rhs.element.count : lhs.offset < rhs.offset
        }
        return ranked.prefix(summaryLength).map(\.element)
    }
}
