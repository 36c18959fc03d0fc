import DossierModel

/// Builds the per-topic and per-outlet views from per-article results.
package struct TopicStatistics {
    package let articles: [ArticleAnalysis]
    package let ranking: Ranking

    /// One analysis per topic, in the order of `topics`.
    package func topics(_ topics: [Topic], notes: [Note]) -> [TopicAnalysis] {
        var hits: [String: [TopicHit]] = [:]
        var related: [String: [String: Int]] = [:]
        for analysis in articles {
            let actorsByParagraph = analysis.mentionsByParagraph.map { Set($0.map(\.actor)) }
            var seen: Set<String> = []
            for hit in analysis.topicHits {
                hits[hit.topic, default: []].append(hit)
                // Count each (topic, paragraph) once, however many terms hit it.
                guard seen.insert(hit.topic + "\u{0}" + String(hit.paragraphIndex)).inserted,
                    actorsByParagraph.indices.contains(hit.paragraphIndex)
                else { continue }
                for actor in actorsByParagraph[hit.paragraphIndex] {
                    related[hit.topic, default: [:]][actor, default: 0] += 1
                }
            }
        }
        var notesByTopic: [String: [String]] = [:]
        for note in notes {
            for topic in Set(note.topics) { notesByTopic[topic, default: []].append(note.id) }
        }
        return topics.map { topic in
            let topicHits = hits[topic.id] ?? []
            var perArticle: [String: Int] = [:]
            var perParagraph: [ParagraphKey: Int] = [:]
            for hit in topicHits {
                perArticle[hit.article, default: 0] += 1
                perParagraph[ParagraphKey(article: hit.article, index: hit.paragraphIndex), default: 0] += 1
            }
            let paragraphs = perParagraph.map {
                ParagraphCount(article: $0.key.article, paragraphIndex: $0.key.index, count: $0.value)
            }
            .sorted { lhs, rhs in
                if lhs.count != rhs.count { return lhs.count > rhs.count }
                if lhs.article != rhs.article { return lhs.article < rhs.article }
                return lhs.paragraphIndex < rhs.paragraphIndex
            }
            return TopicAnalysis(
                topic: topic, hits: topicHits, articleCounts: Ranking.byCount(perArticle), paragraphs: paragraphs,
                relatedActors: ranking.actorsByCount(related[topic.id] ?? [:]),
                notes: (notesByTopic[topic.id] ?? []).sorted())
        }
    }

    /// One analysis per outlet, in the order of `outlets`.
    package func outlets(_ outlets: [Outlet]) -> [OutletAnalysis] {
        var articleIDs: [String: [Article]] = [:]
        var mentions: [String: [String: Int]] = [:]
        var mentioningArticles: [String: [String: Int]] = [:]
        for analysis in articles {
            guard let outlet = analysis.article.outlet else { continue }
            articleIDs[outlet, default: []].append(analysis.article)
            let all = analysis.titleMentions + analysis.mentions
            for mention in all { mentions[outlet, default: [:]][mention.actor, default: 0] += 1 }
            for actor in Set(all.map(\.actor)) { mentioningArticles[outlet, default: [:]][actor, default: 0] += 1 }
        }
        return outlets.map { outlet in
            let ordered = (articleIDs[outlet.id] ?? []).sorted(by: Self.newestFirst).map(\.id)
            let counts = ranking.actorsByCount(mentions[outlet.id] ?? [:])
            let perArticle = mentioningArticles[outlet.id] ?? [:]
            return OutletAnalysis(
                outlet: outlet, articles: ordered, actorCounts: counts,
                actorArticleCounts: counts.map { MentionCount(id: $0.id, count: perArticle[$0.id] ?? 0) })
        }
    }

    /// Newest first; undated articles last; then by id.
    package static func newestFirst(_ lhs: Article, _ rhs: Article) -> Bool {
        switch (lhs.published, rhs.published) {
        case let (left?, right?) where left < right || right < left: return right < left
        case (.some, .none): return true
        case (.none, .some): return false
        default: return lhs.id < rhs.id
        }
    }

    private struct ParagraphKey: Hashable {
        package let article: String
        package let index: Int
    }
}
