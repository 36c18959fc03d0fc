import ArabicText
import DossierModel

/// What scanning one article finds that depends on that article alone (and on the actors'
/// spellings and the topics' terms): its mentions, topic hits and, when the site has search
/// data, its search terms. It is the unit the build cache keeps per article, so an unchanged
/// article is never scanned again.
package struct ArticleScan: Sendable, Hashable, Codable {
    /// Resolved body mentions in document order.
    package let mentions: [ActorMention]
    /// Resolved title mentions in order.
    package let titleMentions: [ActorMention]
    /// Alias occurrences not linked to one actor, in document order.
    package let ambiguous: [AmbiguousMention]
    /// Topic hits in the body, in document order.
    package let topicHits: [TopicHit]
    /// The extra search terms of the article's page without its margin notes
    /// (`SearchTermSource.terms` of `searchSource`); nil when the scan was made without them,
    /// for a site without search data.
    package let searchTerms: [String]?

    /// A scan of what was found, as the build cache reads it back.
    package init(
        mentions: [ActorMention], titleMentions: [ActorMention], ambiguous: [AmbiguousMention], topicHits: [TopicHit],
        searchTerms: [String]?
    ) {
        self.mentions = mentions
        self.titleMentions = titleMentions
        self.ambiguous = ambiguous
        self.topicHits = topicHits
        self.searchTerms = searchTerms
    }

    /// Scans `article` (located by `locator`) with `finder` and `topicMatcher`, makes its
    /// search terms with `vocabulary` (none without it: a site without search data has no use
    /// for them, and they were about a quarter of the scan's time), and reads the comparison
    /// keys of its paragraphs from the same tokens (`ComparisonKeyCollector`).
    ///
    /// The title and body are normalised and tokenised once, a piece at a time
    /// (`TokenizedPiece`), and every search shares the pieces: the actors' mentions, the topic
    /// hits, the topic terms behind proclitics, the Arabic words for the search terms and the
    /// comparison's keys.
    package static func withComparisonKeys(
        article: Article, locator: PassageLocator, finder: MentionFinder, topicMatcher: TopicMatcher,
        vocabulary: SearchVocabulary?
    ) -> (scan: ArticleScan, comparisonKeys: [[String]]) {
        var collector = ComparisonKeyCollector(
            bodyStart: ArticleMentionScan.bodyStart(title: article.title), offsets: locator.offsets)
        let scan = ArticleScan(
            article: article, locator: locator, finder: finder, topicMatcher: topicMatcher, vocabulary: vocabulary,
            comparisonKeys: &collector)
        return (scan, collector.keys)
    }

    /// The scan, feeding every piece to `comparisonKeys`.
    private init(
        article: Article, locator: PassageLocator, finder: MentionFinder, topicMatcher: TopicMatcher,
        vocabulary: SearchVocabulary?, comparisonKeys: inout ComparisonKeyCollector
    ) {
        let bodyStart = ArticleMentionScan.bodyStart(title: article.title)
        var actorScan = MentionScan(finder: finder)
        var topicScan = vocabulary?.topicScan()
        var topicHits: [TopicHit] = []
        var words = ArabicWords()
        TokenizedPiece.forEach(in: ArticleMentionScan.text(of: article, bodyText: locator.bodyText)) { piece in
            actorScan.add(piece)
            topicScan?.add(piece)
            comparisonKeys.add(piece)
            // Topic hits are looked for in the body only; none crosses the blank line.
            for hit in topicMatcher.hits(in: piece) where hit.range.lowerBound >= bodyStart {
                let bodyRange = (hit.range.lowerBound - bodyStart)..<(hit.range.upperBound - bodyStart)
                let index = locator.paragraphIndex(containing: bodyRange.lowerBound)
                let start = locator.offsets[index]
                topicHits.append(
                    TopicHit(
                        topic: hit.topic, article: article.id, paragraphIndex: index,
                        range: (bodyRange.lowerBound - start)..<(bodyRange.upperBound - start), bodyRange: bodyRange,
                        term: hit.term, surface: hit.surface))
            }
            if vocabulary != nil {
                for token in piece.tokens { words.add(token) }
            }
        }
        let scan = ArticleMentionScan(article: article, locator: locator, found: actorScan.mentions())
        mentions = scan.mentions
        titleMentions = scan.titleMentions
        ambiguous = scan.ambiguous
        self.topicHits = topicHits
        if let vocabulary, let topicScan {
            searchTerms = Self.searchSource(
                title: article.title, bodyText: locator.bodyText, titleMentions: scan.titleMentions,
                mentions: scan.mentions, ambiguous: scan.ambiguous, vocabulary: vocabulary,
                topicTerms: vocabulary.topicAliases(of: topicScan.mentions())
            ).terms(vocabulary: vocabulary, arabicWords: words)
        } else {
            searchTerms = nil
        }
    }

    /// What an article page's search terms are made of: its title and body (what Pagefind
    /// indexes of it), the aliases of its mentions (ambiguous ones included), the names of
    /// the actors it mentions, in order of first mention, and the topic terms behind proclitics.
    /// `topicTerms` are `vocabulary`'s topic aliases in the title, then in the body.
    package static func searchSource(
        title: String, bodyText: String, titleMentions: [ActorMention], mentions: [ActorMention],
        ambiguous: [AmbiguousMention], vocabulary: SearchVocabulary, topicTerms: [String]
    ) -> SearchTermSource {
        var actorIDs: [String] = []
        var seen = Set<String>()
        for mention in titleMentions + mentions where seen.insert(mention.actor).inserted {
            actorIDs.append(mention.actor)
        }
        return SearchTermSource(
            texts: [title, bodyText], aliases: (titleMentions + mentions).map(\.alias) + ambiguous.map(\.alias),
            names: vocabulary.names(of: actorIDs),
            topicTerms: [.found(topicTerms)])
    }
}
