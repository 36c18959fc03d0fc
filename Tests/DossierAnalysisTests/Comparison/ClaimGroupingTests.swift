import Testing

@testable import DossierAnalysis

/// `ClaimGrouping` merges pairs strongest first into claims of at most one passage per article.
@Suite struct ClaimGroupingTests {
    @Test func aClaimHoldsOnePassagePerArticle() {
        // Passages 0 and 1 are in article 0; 2 in article 1; 3 in article 2.
        let pairs: [(first: Int, second: Int, score: Double)] = [(0, 2, 0.9), (1, 2, 0.8), (2, 3, 0.7)]
        let claims = ClaimGrouping.claims(from: pairs, articleOf: [0, 0, 1, 2])
        #expect(claims.map(\.passages) == [[0, 2, 3]])
        #expect(claims.first?.articles == [0, 1, 2])
        #expect(claims.first?.bestScore == 0.9)
    }

    @Test func theStrongerPairWinsWhateverTheOrderFound() {
        let pairs: [(first: Int, second: Int, score: Double)] = [(1, 2, 0.6), (0, 2, 0.95)]
        let claims = ClaimGrouping.claims(from: pairs, articleOf: [0, 0, 1])
        #expect(claims == ClaimGrouping.claims(from: Array(pairs.reversed()), articleOf: [0, 0, 1]))
        #expect(claims.map(\.passages) == [[0, 2]])
    }

    /// Merging the smaller group into the larger (which root survives) changes no claim: the
    /// result equals the plain rule, tried on random pair sets with many merges.
    @Test func mergingByGroupSizeGivesTheClaimsOfThePlainRule() {
        var generator = SplitMix(seed: 7)
        for _ in 0..<200 {
            let passageCount = Int(generator.next() % 60) + 2
            let articleOf = (0..<passageCount).map { _ in Int(generator.next() % 12) }
            let pairs = (0..<Int(generator.next() % 150)).map { _ -> (first: Int, second: Int, score: Double) in
                let a = Int(generator.next() % UInt64(passageCount))
                let b = Int(generator.next() % UInt64(passageCount))
                return (min(a, b), max(a, b), Double(generator.next() % 50) / 50)
            }.filter { $0.first != $0.second }
            #expect(ClaimGrouping.claims(from: pairs, articleOf: articleOf) == plainClaims(pairs, articleOf))
        }
    }

    /// The rule without the size heuristic: the lower root is kept and the union copied.
    private func plainClaims(_ pairs: [(first: Int, second: Int, score: Double)], _ articleOf: [Int])
        -> [ClaimGrouping.Claim]
    {
        var parent = Array(articleOf.indices)
        var articles = articleOf.map { Set([$0]) }
        var best = Array(repeating: 0.0, count: articleOf.count)
        var inPair = Array(repeating: false, count: articleOf.count)
        func root(_ node: Int) -> Int { parent[node] == node ? node : root(parent[node]) }
        let ordered = pairs.sorted { ($0.score, $1.first, $1.second) > ($1.score, $0.first, $0.second) }
        for pair in ordered {
            inPair[pair.first] = true
            inPair[pair.second] = true
            let (ra, rb) = (root(pair.first), root(pair.second))
            guard ra != rb, articles[ra].isDisjoint(with: articles[rb]) else { continue }
            let (keep, drop) = (min(ra, rb), max(ra, rb))
            parent[drop] = keep
            articles[keep].formUnion(articles[drop])
            best[keep] = max(best[keep], best[drop], pair.score)
        }
        var members: [Int: [Int]] = [:]
        for node in articleOf.indices where inPair[node] { members[root(node), default: []].append(node) }
        return members.compactMap { component, passages -> ClaimGrouping.Claim? in
            passages.count > 1
                ? ClaimGrouping.Claim(
                    passages: passages, articles: Set(passages.map { articleOf[$0] }).sorted(),
                    bestScore: best[component]) : nil
        }.sorted {
            $0.articles.count != $1.articles.count
                ? $0.articles.count > $1.articles.count : $0.passages.lexicographicallyPrecedes($1.passages)
        }
    }
}
