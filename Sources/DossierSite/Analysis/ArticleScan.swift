import ArabicText
import DossierModel

/// What scanning one article finds that depends on that article alone (and on the actors'
/// spellings and the topics' terms): its mentions, topic hits and search terms. It is the unit
/// the build cache keeps per article, so an unchanged article is never scanned again.
struct ArticleScan: Sendable, Hashable, Codable {
    /// Resolved body mentions in document order.
    let mentions: [ActorMention]
    /// Resolved title mentions in order.
    let titleMentions: [ActorMention]
    /// Alias occurrences not linked to one actor, in document order.
    let ambiguous: [AmbiguousMention]
    /// Topic hits in the body, in document order.
    let topicHits: [TopicHit]
    /// The extra search terms of the article's page without its margin notes
    /// (`SearchTermSource.terms` of `searchSource`).
    let searchTerms: [String]

    /// Scans `article` (located by `locator`) with `finder` and `topicMatcher`, and makes its
    /// search terms with `vocabulary`.
    init(
        article: Article, locator: PassageLocator, finder: MentionFinder, topicMatcher: TopicMatcher,
        vocabulary: SearchVocabulary
    ) {
        let scan = ArticleMentionScan(article: article, locator: locator, finder: finder)
        mentions = scan.mentions
        titleMentions = scan.titleMentions
        ambiguous = scan.ambiguous
        topicHits = article.paragraphs.indices.flatMap { index in
            topicMatcher.hits(
                in: article.paragraphs[index].text, article: article.id, paragraphIndex: index,
                paragraphOffset: locator.offsets[index])
        }
        searchTerms =
            Self.searchSource(
                title: article.title, bodyText: locator.bodyText, titleMentions: titleMentions, mentions: mentions,
                ambiguous: ambiguous, vocabulary: vocabulary
            ).terms(vocabulary: vocabulary)
    }

    /// What an article page's search terms are made of: its title and body (what Pagefind
    /// indexes of it), the aliases of its mentions (ambiguous ones included), the names of
    /// the actors it mentions, in order of first mention, and the topic terms behind proclitics.
    static func searchSource(
        title: String, bodyText: String, titleMentions: [ActorMention], mentions: [ActorMention],
        ambiguous: [AmbiguousMention], vocabulary: SearchVocabulary
    ) -> SearchTermSource {
        var actorIDs: [String] = []
        var seen = Set<String>()
        for mention in titleMentions + mentions where seen.insert(mention.actor).inserted {
            actorIDs.append(mention.actor)
        }
        return SearchTermSource(
            texts: [title, bodyText], aliases: (titleMentions + mentions).map(\.alias) + ambiguous.map(\.alias),
            names: vocabulary.names(of: actorIDs),
            topicTerms: [.found(vocabulary.topicAliases(in: title) + vocabulary.topicAliases(in: bodyText))])
    }
}
