import DossierModel

/// Builds the per-actor view (mentions in context, counts, co-mentions) from per-article results.
package struct ActorStatistics {
    package let articles: [ArticleAnalysis]
    package let actors: [Actor]
    package let notes: [Note]
    package let ranking: Ranking

    /// Every mention of an article (title first), with the text of its part.
    private static func mentionsInContext(_ analysis: ArticleAnalysis) -> [ContextualMention] {
        let article = analysis.article
        return (analysis.titleMentions + analysis.mentions).map { mention in
            ContextualMention(
                mention: mention,
                partText: mention.part.paragraphIndex.map { article.paragraphs[$0].text } ?? article.title)
        }
    }

    /// One analysis per actor, in the order of `actors`.
    package func build() -> [ActorAnalysis] {
        var mentions: [String: [ContextualMention]] = [:]
        var perArticle: [String: [String: Int]] = [:]
        var perOutlet: [String: [String: Int]] = [:]
        var sameParagraph: [String: [String: Int]] = [:]
        var sameArticle: [String: [String: Int]] = [:]
        var ambiguousOnly: [String: [String]] = [:]
        for analysis in articles {
            let article = analysis.article
            let all = analysis.titleMentions + analysis.mentions
            for (mention, inContext) in zip(all, Self.mentionsInContext(analysis)) {
                mentions[mention.actor, default: []].append(inContext)
                perArticle[mention.actor, default: [:]][article.id, default: 0] += 1
                if let outlet = article.outlet { perOutlet[mention.actor, default: [:]][outlet, default: 0] += 1 }
            }
            var actorsByPart: [ArticlePart: Set<String>] = [:]
            for mention in all { actorsByPart[mention.part, default: []].insert(mention.actor) }
            for group in actorsByPart.values { Self.countPairs(group, into: &sameParagraph) }
            let present = Set(all.map(\.actor))
            Self.countPairs(present, into: &sameArticle)
            let candidates = Set(analysis.ambiguous.flatMap(\.candidates)).subtracting(present)
            for actor in candidates { ambiguousOnly[actor, default: []].append(article.id) }
        }
        var notesByActor: [String: [String]] = [:]
        for note in notes {
            for actor in Set(note.actors) { notesByActor[actor, default: []].append(note.id) }
        }
        return actors.map { actor in
            let partners = Set((sameArticle[actor.id] ?? [:]).keys)
            let coMentions = partners.map { other in
                CoMention(
                    actor: other, paragraphs: sameParagraph[actor.id]?[other] ?? 0,
                    articles: sameArticle[actor.id]?[other] ?? 0)
            }.sorted { lhs, rhs in
                lhs.score != rhs.score ? lhs.score > rhs.score : ranking.actorPrecedes(lhs.actor, rhs.actor)
            }
            return ActorAnalysis(
                actor: actor, mentions: mentions[actor.id] ?? [],
                articleCounts: Ranking.byCount(perArticle[actor.id] ?? [:]),
                outletCounts: Ranking.byCount(perOutlet[actor.id] ?? [:]),
                coMentions: coMentions, ambiguousOnlyArticles: (ambiguousOnly[actor.id] ?? []).sorted(),
                notes: (notesByActor[actor.id] ?? []).sorted())
        }
    }

    /// Adds one to every ordered pair of distinct members of `group`.
    private static func countPairs(_ group: Set<String>, into table: inout [String: [String: Int]]) {
        guard group.count > 1 else { return }
        for first in group {
            for second in group where second != first { table[first, default: [:]][second, default: 0] += 1 }
        }
    }
}
