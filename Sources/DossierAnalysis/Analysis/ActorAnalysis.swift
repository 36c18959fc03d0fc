import ArabicText
import DossierModel

/// Everything the actor page shows, computed once.
public struct ActorAnalysis: Sendable, Hashable, Identifiable {
    /// The actor as loaded.
    public let actor: Actor
    /// Every resolved mention (title and body) with a line of context, in article order
    /// (the dossier's order) then document order.
    public let mentions: [ContextualMention]
    /// Mentions per article, most first, then by article id.
    public let articleCounts: [MentionCount]
    /// Mentions per outlet, most first, then by outlet id; articles without an outlet are left out.
    public let outletCounts: [MentionCount]
    /// Actors mentioned with this one, strongest association first (see `CoMention.score`),
    /// ties by Arabic name then id.
    public let coMentions: [CoMention]
    /// Articles where only unresolved (ambiguous) aliases of this actor appeared, by id.
    public let ambiguousOnlyArticles: [String]
    /// Notes listing this actor in their `actors:` key, by note id.
    public let notes: [String]

    /// Creates an actor analysis.
    public init(
        actor: Actor, mentions: [ContextualMention], articleCounts: [MentionCount], outletCounts: [MentionCount],
        coMentions: [CoMention], ambiguousOnlyArticles: [String], notes: [String]
    ) {
        self.actor = actor
        self.mentions = mentions
        self.articleCounts = articleCounts
        self.outletCounts = outletCounts
        self.coMentions = coMentions
        self.ambiguousOnlyArticles = ambiguousOnlyArticles
        self.notes = notes
    }

    /// The actor's id.
    public var id: String { actor.id }
    /// Total resolved mentions: the weight used to order the actors index.
    public var weight: Int { mentions.count }
}

/// A mention with the keyword-in-context snippet around it.
public struct ContextualMention: Sendable, Hashable {
    /// The mention.
    public let mention: ActorMention
    /// The text of the part the mention is in (its paragraph, or the title): the article's
    /// own string, shared, not a copy.
    public let partText: String

    /// Creates a contextual mention of `mention`, found in `partText`.
    public init(mention: ActorMention, partText: String) {
        self.mention = mention
        self.partText = partText
    }

    /// The sentence (or a window of it) around the mention, from `KeywordInContext.snippet`.
    /// Cut when asked: pages show a few mentions of each article, and holding a snippet for
    /// every mention took a long article's size again (three strings per mention).
    public var snippet: KeywordInContext { KeywordInContext.snippet(in: partText, range: mention.range) }
}

/// A count keyed by an id (an article, an outlet, an actor or a topic).
public struct MentionCount: Sendable, Hashable {
    /// The id counted.
    public let id: String
    /// How many.
    public let count: Int

    /// Creates a count.
    public init(id: String, count: Int) {
        self.id = id
        self.count = count
    }
}

/// Another actor mentioned together with an actor.
public struct CoMention: Sendable, Hashable {
    /// The other actor's id.
    public let actor: String
    /// Parts (paragraphs or titles) mentioning both.
    public let paragraphs: Int
    /// Articles mentioning both.
    public let articles: Int

    /// Creates a co-mention.
    public init(actor: String, paragraphs: Int, articles: Int) {
        self.actor = actor
        self.paragraphs = paragraphs
        self.articles = articles
    }

    /// Ranking score: a shared paragraph counts three times as much as a shared article.
    public var score: Int { 3 * paragraphs + articles }
}
