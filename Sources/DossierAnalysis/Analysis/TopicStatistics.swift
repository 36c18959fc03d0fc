import DossierModel

/// Builds the per-topic and per-outlet views from per-article results.
package struct TopicStatistics {
    package let articles: [ArticleAnalysis]
    package let ranking: Ranking

    /// One analysis per topic, in the order of `topics`.
    package func topics(_ topics: [Topic], notes: [Note]) -> [TopicAnalysis] {
        var numbers = StringTable()
        let declared = numbers.ids(of: topics.map(\.id))
        var hits = Array(repeating: [TopicHit](), count: numbers.strings.count)
        var actors = StringTable()
        // Paragraphs naming each actor, by `pairKey(topic, actor)`.
        var related: [Int: Int] = [:]
        for analysis in articles where !analysis.topicHits.isEmpty {
            let paragraphCount = analysis.article.paragraphs.count
            var actorsByParagraph = Array(repeating: [Int](), count: paragraphCount)
            for mention in analysis.mentions {
                if let index = mention.part.paragraphIndex, index < paragraphCount {
                    actorsByParagraph[index].append(actors.id(of: mention.actor))
                }
            }
            var seen: Set<Int> = []
            for hit in analysis.topicHits {
                let topic = numbers.id(of: hit.topic)
                if topic == hits.count { hits.append([]) }
                hits[topic].append(hit)
                // Count each (topic, paragraph) once, however many terms hit it.
                guard actorsByParagraph.indices.contains(hit.paragraphIndex),
                    seen.insert(Self.pairKey(topic, hit.paragraphIndex)).inserted
                else { continue }
                for actor in Set(actorsByParagraph[hit.paragraphIndex]) {
                    related[Self.pairKey(topic, actor), default: 0] += 1
                }
            }
        }
        var relatedByTopic = Array(repeating: [MentionCount](), count: hits.count)
        for (key, count) in related {
            relatedByTopic[key >> 32].append(MentionCount(id: actors.strings[key & 0xFFFF_FFFF], count: count))
        }
        var notesByTopic: [String: [String]] = [:]
        for note in notes {
            for topic in Set(note.topics) { notesByTopic[topic, default: []].append(note.id) }
        }
        return zip(topics, declared).map { topic, number in
            let topicHits = hits[number]
            return TopicAnalysis(
                topic: topic, hits: topicHits, articleCounts: Ranking.byCount(Self.perArticle(topicHits)),
                paragraphs: Self.paragraphCounts(topicHits),
                relatedActors: ranking.actorsByCount(relatedByTopic[number]),
                notes: (notesByTopic[topic.id] ?? []).sorted())
        }
    }

    /// The number of `hits` in each article, in the order of `hits`, which holds each article's
    /// hits together.
    private static func perArticle(_ hits: [TopicHit]) -> [MentionCount] {
        var counts: [MentionCount] = []
        for hit in hits {
            if let last = counts.last, last.id == hit.article {
                counts[counts.count - 1] = MentionCount(id: last.id, count: last.count + 1)
            } else {
                counts.append(MentionCount(id: hit.article, count: 1))
            }
        }
        return counts
    }

    /// The number of `hits` in each paragraph, most first, then by article and paragraph.
    private static func paragraphCounts(_ hits: [TopicHit]) -> [ParagraphCount] {
        var perParagraph: [ParagraphKey: Int] = [:]
        for hit in hits { perParagraph[ParagraphKey(article: hit.article, index: hit.paragraphIndex), default: 0] += 1 }
        return perParagraph.map {
            ParagraphCount(article: $0.key.article, paragraphIndex: $0.key.index, count: $0.value)
        }
        .sorted { lhs, rhs in
            if lhs.count != rhs.count { return lhs.count > rhs.count }
            if lhs.article != rhs.article { return lhs.article < rhs.article }
            return lhs.paragraphIndex < rhs.paragraphIndex
        }
    }

    /// One analysis per outlet, in the order of `outlets`.
    package func outlets(_ outlets: [Outlet]) -> [OutletAnalysis] {
        var numbers = StringTable()
        let declared = numbers.ids(of: outlets.map(\.id))
        var articlesByOutlet = Array(repeating: [Int](), count: numbers.strings.count)
        var actors = StringTable()
        // Each actor's mentions and mentioning articles in an outlet, by `pairKey(outlet, actor)`.
        var counts: [Int: (mentions: Int, articles: Int)] = [:]
        for (position, analysis) in articles.enumerated() {
            guard let id = analysis.article.outlet else { continue }
            let outlet = numbers.id(of: id)
            if outlet == articlesByOutlet.count { articlesByOutlet.append([]) }
            articlesByOutlet[outlet].append(position)
            var present: Set<Int> = []
            for mention in analysis.titleMentions + analysis.mentions {
                let actor = actors.id(of: mention.actor)
                counts[Self.pairKey(outlet, actor), default: (0, 0)].mentions += 1
                if present.insert(actor).inserted { counts[Self.pairKey(outlet, actor), default: (0, 0)].articles += 1 }
            }
        }
        var mentionsByOutlet = Array(repeating: [MentionCount](), count: articlesByOutlet.count)
        var mentioningArticles = Array(repeating: [String: Int](), count: articlesByOutlet.count)
        for (key, count) in counts {
            let actor = actors.strings[key & 0xFFFF_FFFF]
            mentionsByOutlet[key >> 32].append(MentionCount(id: actor, count: count.mentions))
            mentioningArticles[key >> 32][actor] = count.articles
        }
        return zip(outlets, declared).map { outlet, number in
            let ordered = articlesByOutlet[number].sorted {
                Self.newestFirst(articles[$0].article, articles[$1].article)
            }
            let actorCounts = ranking.actorsByCount(mentionsByOutlet[number])
            return OutletAnalysis(
                outlet: outlet, articles: ordered.map { articles[$0].article.id }, actorCounts: actorCounts,
                actorArticleCounts: actorCounts.map {
                    MentionCount(id: $0.id, count: mentioningArticles[number][$0.id] ?? 0)
                })
        }
    }

    /// The key of a count by `owner` (a topic or an outlet) and actor (or paragraph) in one table.
    private static func pairKey(_ owner: Int, _ actor: Int) -> Int { owner << 32 | actor }

    /// Newest first; undated articles last; then by id.
    package static func newestFirst(_ lhs: Article, _ rhs: Article) -> Bool {
        switch (lhs.published, rhs.published) {
        case let (left?, right?) where left < right || right < left: return right < left
        case (.some, .none): return true
        case (.none, .some): return false
        default: return lhs.id < rhs.id
        }
    }

    /// A paragraph of an article.
    private struct ParagraphKey: Hashable {
        let article: String
        let index: Int
    }
}
