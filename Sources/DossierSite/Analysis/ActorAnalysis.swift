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
    /// The sentence (or a window of it) around the mention, from `KeywordInContext.snippet`;
    /// only for the mentions an actor's page shows (the first few of each article), since cutting
    /// a snippet for every mention of every article was a tenth of a rebuild's time.
    public let snippet: KeywordInContext?

    /// Creates a contextual mention.
    public init(mention: ActorMention, snippet: KeywordInContext?) {
        self.mention = mention
        self.snippet = snippet
    }
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
