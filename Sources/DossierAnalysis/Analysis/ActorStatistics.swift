import DossierModel

/// Builds the per-actor view (mentions in context, counts, co-mentions) from per-article results.
///
/// Actors and outlets are numbered once (`StringTable`) and counted in arrays and in one table of
/// pairs keyed by two numbers: the dictionaries of dictionaries keyed by ids that this replaced
/// hashed an id string at every step, a tenth of what a rebuild after a note edit spent.
package struct ActorStatistics {
    package let articles: [ArticleAnalysis]
    package let actors: [Actor]
    package let notes: [Note]
    package let ranking: Ranking

    /// One analysis per actor, in the order of `actors`.
    package func build() -> [ActorAnalysis] {
        var counts = Counts(actors: actors)
        for analysis in articles { counts.add(analysis) }
        var notesByActor: [String: [String]] = [:]
        for note in notes {
            for actor in Set(note.actors) { notesByActor[actor, default: []].append(note.id) }
        }
        let partners = counts.partners()
        return zip(actors, counts.declared).map { actor, number in
            let coMentions = partners[number].map { other, pair in
                CoMention(actor: counts.actors.strings[other], paragraphs: pair.paragraphs, articles: pair.articles)
            }.sorted { lhs, rhs in
                lhs.score != rhs.score ? lhs.score > rhs.score : ranking.actorPrecedes(lhs.actor, rhs.actor)
            }
            let outletCounts = counts.perOutlet[number].enumerated().filter { $0.element > 0 }.map {
                MentionCount(id: counts.outlets.strings[$0.offset], count: $0.element)
            }
            return ActorAnalysis(
                actor: actor, mentions: counts.mentions[number],
                articleCounts: Ranking.byCount(counts.perArticle[number]),
                outletCounts: Ranking.byCount(outletCounts), coMentions: coMentions,
                ambiguousOnlyArticles: counts.ambiguousOnly[number].sorted(),
                notes: (notesByActor[actor.id] ?? []).sorted())
        }
    }

    /// What the articles say of each actor, by actor number.
    private struct Counts {
        /// The actors' numbers: those of `actors` first, then any other id a mention names.
        var actors = StringTable()
        /// The number of each of the dossier's actors, in its order.
        let declared: [Int]
        var outlets = StringTable()
        /// Each actor's mentions with their context, in article order.
        var mentions: [[ContextualMention]]
        /// Each actor's number of mentions per article, in article order.
        var perArticle: [[MentionCount]]
        /// Each actor's number of mentions per outlet, by outlet number.
        var perOutlet: [[Int]]
        /// The articles where each actor is only a candidate of ambiguous mentions.
        var ambiguousOnly: [[String]]
        /// Parts and articles naming both actors of an ordered pair (`pairKey`).
        var pairs: [Int: PairCount] = [:]

        init(actors: [Actor]) {
            declared = self.actors.ids(of: actors.map(\.id))
            let count = self.actors.strings.count
            mentions = Array(repeating: [], count: count)
            perArticle = Array(repeating: [], count: count)
            perOutlet = Array(repeating: [], count: count)
            ambiguousOnly = Array(repeating: [], count: count)
        }

        /// Counts the mentions of one article.
        mutating func add(_ analysis: ArticleAnalysis) {
            let article = analysis.article
            let outlet = article.outlet.map { outlets.id(of: $0) }
            // (part, actor): the title is part -1, a paragraph its index.
            var parts: [(part: Int, actor: Int)] = []
            for mention in analysis.titleMentions + analysis.mentions {
                let actor = number(adding: mention.actor)
                mentions[actor].append(
                    ContextualMention(
                        mention: mention,
                        partText: mention.part.paragraphIndex.map { article.paragraphs[$0].text } ?? article.title))
                if let last = perArticle[actor].last, last.id == article.id {
                    perArticle[actor][perArticle[actor].count - 1] = MentionCount(id: last.id, count: last.count + 1)
                } else {
                    perArticle[actor].append(MentionCount(id: article.id, count: 1))
                }
                if let outlet {
                    if perOutlet[actor].count <= outlet {
                        perOutlet[actor] += Array(repeating: 0, count: outlet + 1 - perOutlet[actor].count)
                    }
                    perOutlet[actor][outlet] += 1
                }
                parts.append((mention.part.paragraphIndex ?? -1, actor))
            }
            parts.sort { $0 < $1 }
            var start = 0
            while start < parts.count {
                var end = start
                var group: [Int] = []
                while end < parts.count, parts[end].part == parts[start].part {
                    if group.last != parts[end].actor { group.append(parts[end].actor) }
                    end += 1
                }
                countPairs(group) { $0.paragraphs += 1 }
                start = end
            }
            let present = Set(parts.map(\.actor))
            countPairs(present.sorted()) { $0.articles += 1 }
            for candidate in Set(analysis.ambiguous.flatMap(\.candidates)) {
                let actor = number(adding: candidate)
                if !present.contains(actor) { ambiguousOnly[actor].append(article.id) }
            }
        }

        /// The number of actor `id`, numbering it now when it is not one of the dossier's.
        private mutating func number(adding id: String) -> Int {
            let number = actors.id(of: id)
            if number == mentions.count {
                mentions.append([])
                perArticle.append([])
                perOutlet.append([])
                ambiguousOnly.append([])
            }
            return number
        }

        /// Applies `change` to the count of every ordered pair of distinct members of `group`.
        private mutating func countPairs(_ group: [Int], _ change: (inout PairCount) -> Void) {
            guard group.count > 1 else { return }
            for first in group {
                for second in group where second != first {
                    change(&pairs[Self.pairKey(first, second), default: PairCount()])
                }
            }
        }

        /// Each actor's partners (the actors named in an article with it) and their counts.
        func partners() -> [[(other: Int, pair: PairCount)]] {
            var partners = Array(repeating: [(other: Int, pair: PairCount)](), count: mentions.count)
            for (key, pair) in pairs { partners[key >> 32].append((key & 0xFFFF_FFFF, pair)) }
            return partners
        }

        /// The key of the ordered pair of actors `first` and `second` in `pairs`.
        private static func pairKey(_ first: Int, _ second: Int) -> Int { first << 32 | second }
    }

    /// The parts and the articles that name both actors of a pair.
    private struct PairCount {
        var paragraphs = 0
        var articles = 0
    }
}
