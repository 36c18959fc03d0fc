import DossierModel

/// What the analyzer found in one article.
public struct ArticleAnalysis: Sendable, Hashable, Identifiable {
    /// The article as loaded.
    public let article: Article
    /// `article.paragraphOffsets`, computed once.
    public let paragraphOffsets: [Int]
    /// Resolved body mentions in document order (ids `m-1`, `m-2`, …).
    public let mentions: [ActorMention]
    /// Resolved title mentions in order (ids `t-1`, …).
    public let titleMentions: [ActorMention]
    /// Alias occurrences not linked to one actor, in document order (title first).
    public let ambiguous: [AmbiguousMention]
    /// Topic hits in the body, in document order (by position, then topic id).
    public let topicHits: [TopicHit]
    /// Ids of the notes anchored in this article, in body order (by start, then note id).
    public let notes: [String]
    /// The extra search terms of the article's page, margin notes included (`SearchTermSource`);
    /// empty when the analysis made none (a site without search data).
    public let searchTerms: [String]

    /// Creates an article analysis.
    public init(
        article: Article, paragraphOffsets: [Int], mentions: [ActorMention],
        titleMentions: [ActorMention], ambiguous: [AmbiguousMention], topicHits: [TopicHit], notes: [String],
        searchTerms: [String] = []
    ) {
        self.article = article
        self.paragraphOffsets = paragraphOffsets
        self.mentions = mentions
        self.titleMentions = titleMentions
        self.ambiguous = ambiguous
        self.topicHits = topicHits
        self.notes = notes
        self.searchTerms = searchTerms
    }

    /// The article's id.
    public var id: String { article.id }

    /// `article.bodyText`, which the offsets of mentions and hits count in. Made on each call,
    /// not kept: kept, it was a second copy of every article's text for the whole build.
    public var bodyText: String { article.bodyText }

    /// Body mentions grouped by 0-based paragraph index (one array per paragraph).
    public var mentionsByParagraph: [[ActorMention]] {
        var groups = Array(repeating: [ActorMention](), count: article.paragraphs.count)
        for mention in mentions {
            if let index = mention.part.paragraphIndex, groups.indices.contains(index) { groups[index].append(mention) }
        }
        return groups
    }

    /// Ids of the actors mentioned (title or body), most mentioned first, then by id.
    public var actorIDs: [String] {
        var counts: [String: Int] = [:]
        for mention in titleMentions + mentions { counts[mention.actor, default: 0] += 1 }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }

    /// Ids of the topics hit in the body, most hits first, then by id.
    public var topicIDs: [String] {
        var counts: [String: Int] = [:]
        for hit in topicHits { counts[hit.topic, default: 0] += 1 }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }
}
