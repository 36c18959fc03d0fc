import ArabicText
import DossierModel

/// What scanning one article finds that depends on that article alone (and on the actors'
/// spellings and the topics' terms): its mentions and topic hits. It is the unit the build
/// cache keeps per article, so an unchanged article is never scanned again.
struct ArticleScan: Sendable, Hashable, Codable {
    /// Resolved body mentions in document order.
    let mentions: [ActorMention]
    /// Resolved title mentions in order.
    let titleMentions: [ActorMention]
    /// Alias occurrences not linked to one actor, in document order.
    let ambiguous: [AmbiguousMention]
    /// Topic hits in the body, in document order.
    let topicHits: [TopicHit]

    /// Scans `article` (located by `locator`) with `finder` and `topicMatcher`.
    init(article: Article, locator: PassageLocator, finder: MentionFinder, topicMatcher: TopicMatcher) {
        let scan = ArticleMentionScan(article: article, locator: locator, finder: finder)
        mentions = scan.mentions
        titleMentions = scan.titleMentions
        ambiguous = scan.ambiguous
        topicHits = article.paragraphs.indices.flatMap { index in
            topicMatcher.hits(
                in: article.paragraphs[index].text, article: article.id, paragraphIndex: index,
                paragraphOffset: locator.offsets[index])
        }
    }
}
