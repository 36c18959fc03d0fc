/// Groups matching passage pairs into claims.
///
/// Pairs are merged strongest first (score, then passages, so the result does not depend on
/// the order pairs were found in), and two groups are merged only when they share no article:
/// a claim holds at most one passage per article. Plain connected components would chain a
/// lead paragraph to a headline to another lead until unrelated passages share one "claim".
///
/// Passages and articles are integers whose order is the order of their locations and ids,
/// so grouping never hashes or compares strings.
package enum ClaimGrouping {
    /// A claim: passages and articles ascending.
    package struct Claim: Equatable {
        package let passages: [Int]
        package let articles: [Int]
        package let bestScore: Double
    }

    /// The claims of `pairs` (passage, passage, score), where passage `p` is in article
    /// `articleOf[p]`: most widely carried first, then by passages.
    package static func claims(from pairs: [(first: Int, second: Int, score: Double)], articleOf: [Int]) -> [Claim] {
        var parent = Array(articleOf.indices)
        var articles: [Set<Int>?] = Array(repeating: nil, count: articleOf.count)
        var inPair = Array(repeating: false, count: articleOf.count)
        var best = Array(repeating: 0.0, count: articleOf.count)
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        // Pairs of groups found to share an article, by their roots. Groups only grow, and a
        // group keeps its root until it is absorbed, so two roots that once shared an article
        // always will: the many pairs between the passages of two large claims are refused
        // by one look-up rather than by comparing their articles again each time.
        var refused = Set<UInt64>()
        let ordered = strongestFirst(pairs)
        for (key, passages) in zip(ordered.keys, ordered.passages) {
            let pair = (first: Int(passages >> 32), second: Int(passages & 0xFFFF_FFFF), score: Self.score(of: key))
            inPair[pair.first] = true
            inPair[pair.second] = true
            let (ra, rb) = (root(pair.first), root(pair.second))
            guard ra != rb else { continue }
            let roots = UInt64(min(ra, rb)) << 32 | UInt64(max(ra, rb))
            guard !refused.contains(roots) else { continue }
            // The larger group absorbs the smaller, in place: copying the union at every merge
            // made a claim carried by thousands of articles quadratic. Which root is kept does
            // not show in the claims, which are listed by their members.
            let (sizeA, sizeB) = (articles[ra]?.count ?? 1, articles[rb]?.count ?? 1)
            let (keep, drop) = sizeA >= sizeB ? (ra, rb) : (rb, ra)
            var merged = articles[keep] ?? [articleOf[keep]]
            let absorbed = articles[drop] ?? [articleOf[drop]]
            guard !absorbed.contains(where: merged.contains) else {
                refused.insert(roots)
                continue
            }
            articles[keep] = nil
            merged.formUnion(absorbed)
            parent[drop] = keep
            articles[keep] = merged
            articles[drop] = nil
            best[keep] = max(best[keep], best[drop], pair.score)
        }
        var members: [Int: [Int]] = [:]
        for node in articleOf.indices where inPair[node] { members[root(node), default: []].append(node) }
        let claims = members.compactMap { component, passages -> Claim? in
            guard passages.count > 1 else { return nil }
            return Claim(
                passages: passages, articles: Set(passages.map { articleOf[$0] }).sorted(),
                bestScore: best[component])
        }
        return claims.sorted { lhs, rhs in
            if lhs.articles.count != rhs.articles.count { return lhs.articles.count > rhs.articles.count }
            return lhs.passages.lexicographicallyPrecedes(rhs.passages)
        }
    }

    /// The sort key of a score: scores are not negative, so their bit patterns sort as they
    /// do; complemented, highest first.
    private static func key(of score: Double) -> UInt64 { ~score.bitPattern }

    /// The score whose sort key is `key`.
    private static func score(of key: UInt64) -> Double { Double(bitPattern: ~key) }

    /// The pairs by score, highest first, then by passages: each pair's sort key (`key(of:)`)
    /// and its passages packed in one number (first in the high half), in that order. A stable
    /// radix sort of the keys over the pairs in passage order, which is the order
    /// `PassageComparison` gives them in; the pairs travel with their keys, so that grouping
    /// then reads them in order rather than jumping about the list of pairs.
    private static func strongestFirst(_ pairs: [(first: Int, second: Int, score: Double)]) -> (
        keys: [UInt64], passages: [UInt64]
    ) {
        var order = Array(pairs.indices)
        if zip(pairs, pairs.dropFirst()).contains(where: { ($0.first, $0.second) > ($1.first, $1.second) }) {
            order.sort { (pairs[$0].first, pairs[$0].second) < (pairs[$1].first, pairs[$1].second) }
        }
        var keys = order.map { key(of: pairs[$0].score) }
        var passages = order.map { UInt64(pairs[$0].first) << 32 | UInt64(pairs[$0].second) }
        var sortedKeys = Array(repeating: UInt64(0), count: keys.count)
        var sortedPassages = Array(repeating: UInt64(0), count: keys.count)
        // A byte a pass: 256 counters stay in the nearest cache while millions of keys stream
        // through (sixteen bits a pass took twice as long at 10,000 articles). A byte the same
        // in every key (the top one, for scores from 0.5 to 1) leaves the order as it is.
        var starts = Array(repeating: 0, count: 257)
        for shift in stride(from: UInt64(0), to: 64, by: 8) {
            for digit in starts.indices { starts[digit] = 0 }
            for key in keys { starts[Int((key >> shift) & 0xFF) + 1] += 1 }
            guard !starts.contains(keys.count) else { continue }
            for digit in 1..<starts.count { starts[digit] += starts[digit - 1] }
            scatter(
                keys: keys, passages: passages, byDigitAt: shift, starts: &starts, into: &sortedKeys, &sortedPassages)
            swap(&keys, &sortedKeys)
            swap(&passages, &sortedPassages)
        }
        return (keys, passages)
    }

    /// One pass of the radix sort: each key (and its pair) moved to the next free place of its
    /// digit's bucket, through unchecked buffers (the loop runs once per pair per pass).
    private static func scatter(
        keys: [UInt64], passages: [UInt64], byDigitAt shift: UInt64, starts: inout [Int],
        into sortedKeys: inout [UInt64], _ sortedPassages: inout [UInt64]
    ) {
        keys.withUnsafeBufferPointer { keys in
            passages.withUnsafeBufferPointer { passages in
                sortedKeys.withUnsafeMutableBufferPointer { sortedKeys in
                    sortedPassages.withUnsafeMutableBufferPointer { sortedPassages in
                        starts.withUnsafeMutableBufferPointer { starts in
                            for index in 0..<keys.count {
                                let key = keys[index]
                                let digit = Int((key >> shift) & 0xFF)
                                let place = starts[digit]
                                sortedKeys[place] = key
                                sortedPassages[place] = passages[index]
                                starts[digit] = place + 1
                            }
                        }
                    }
                }
            }
        }
    }
}
