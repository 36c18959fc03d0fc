/// Groups matching passage pairs into claims.
///
/// Pairs are merged strongest first (score, then locations, so the result does not depend on
/// the order pairs were found in), and two groups are merged only when they share no article:
/// a claim holds at most one passage per article. Plain connected components would chain a
/// lead paragraph to a headline to another lead until unrelated passages share one "claim".
enum ClaimGrouping {
    static func claims(from pairs: [PassagePair]) -> [SharedClaim] {
        var index: [PassageLocation: Int] = [:]
        var nodes: [PassageLocation] = []
        for pair in pairs {
            for location in [pair.first, pair.second] where index[location] == nil {
                index[location] = nodes.count
                nodes.append(location)
            }
        }
        var parent = Array(nodes.indices)
        var articles = nodes.map { Set([$0.articleID]) }
        var best = Array(repeating: 0.0, count: nodes.count)
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        let ordered = pairs.sorted { lhs, rhs in
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            return (lhs.first, lhs.second) < (rhs.first, rhs.second)
        }
        for pair in ordered {
            guard let a = index[pair.first], let b = index[pair.second] else { continue }
            let (ra, rb) = (root(a), root(b))
            guard ra != rb, articles[ra].isDisjoint(with: articles[rb]) else { continue }
            let (keep, drop) = (min(ra, rb), max(ra, rb))
            parent[drop] = keep
            articles[keep].formUnion(articles[drop])
            best[keep] = max(best[keep], best[drop], pair.score)
        }
        var members: [Int: [PassageLocation]] = [:]
        for node in nodes.indices { members[root(node), default: []].append(nodes[node]) }
        let claims = members.compactMap { component, locations -> SharedClaim? in
            guard locations.count > 1 else { return nil }
            return SharedClaim(
                passages: locations.sorted(), articleIDs: Array(Set(locations.map(\.articleID))).sorted(),
                bestScore: best[component])
        }
        return claims.sorted { lhs, rhs in
            if lhs.articleIDs.count != rhs.articleIDs.count { return lhs.articleIDs.count > rhs.articleIDs.count }
            return lhs.passages.lexicographicallyPrecedes(rhs.passages)
        }
    }
}
