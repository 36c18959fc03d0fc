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
    ///
    /// Reading a pair's two roots is most of the grouping (14 million pairs over 1.3 million
    /// passages at 100,000 articles), so a pair writes nothing per passage unless it merges,
    /// the per-passage tables are 32-bit, and a group's articles and best score are kept once
    /// per group: the merges of 10,000 articles' pairs took 82 ms against 120 ms with a set,
    /// a score and a mark for every passage.
    package static func claims<Pairs: RandomAccessCollection<(first: Int, second: Int, score: Double)>>(
        from pairs: Pairs, articleOf: [Int]
    ) -> [Claim] where Pairs.Index == Int {
        var parent = Array(Int32(0)..<Int32(articleOf.count))
        // The group of each root that has absorbed another passage; -1 for a passage alone.
        var groupOf = Array(repeating: Int32(-1), count: articleOf.count)
        var groups: [Group] = []
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != Int32(node) {
                parent[node] = parent[Int(parent[node])]
                node = Int(parent[node])
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
            let (ra, rb) = (root(Int(passages >> 32)), root(Int(passages & 0xFFFF_FFFF)))
            guard ra != rb else { continue }
            let roots = UInt64(min(ra, rb)) << 32 | UInt64(max(ra, rb))
            guard !refused.contains(roots) else { continue }
            // The larger group absorbs the smaller, in place: copying the union at every merge
            // made a claim carried by thousands of articles quadratic. Which root is kept does
            // not show in the claims, which are listed by their members.
            let (groupA, groupB) = (Int(groupOf[ra]), Int(groupOf[rb]))
            let (sizeA, sizeB) = (groupA < 0 ? 1 : groups[groupA].size, groupB < 0 ? 1 : groups[groupB].size)
            let (keep, drop) = sizeA >= sizeB ? (ra, rb) : (rb, ra)
            let (kept, dropped) = sizeA >= sizeB ? (groupA, groupB) : (groupB, groupA)
            let (keptArticle, droppedArticle) = (Int32(articleOf[keep]), Int32(articleOf[drop]))
            // A passage alone is never the larger: when the kept root has no group, neither has
            // the other. A passage alone is looked up and added as it is, not as a set of one.
            let shares =
                if kept < 0 {
                    keptArticle == droppedArticle
                } else if dropped < 0 {
                    groups[kept].articles.contains(droppedArticle)
                } else {
                    groups[dropped].articles.contains(where: groups[kept].articles.contains)
                }
            guard !shares else {
                refused.insert(roots)
                continue
            }
            if kept < 0 {
                groupOf[keep] = Int32(groups.count)
                groups.append(Group(articles: [keptArticle], best: 0))
            }
            let group = Int(groupOf[keep])
            if dropped < 0 {
                groups[group].articles.insert(droppedArticle)
            } else {
                let absorbed = groups[dropped].articles
                groups[dropped].articles = []
                groups[group].articles.formUnion(absorbed)
            }
            groups[group].best = max(groups[group].best, dropped < 0 ? 0 : groups[dropped].best, Self.score(of: key))
            parent[drop] = Int32(keep)
        }
        // A passage alone (in no pair, or refused by every group) has no group, and a group
        // absorbed into another has no members left: neither makes a claim.
        var members = Array(repeating: [Int](), count: groups.count)
        for node in articleOf.indices {
            let group = groupOf[root(node)]
            if group >= 0 { members[Int(group)].append(node) }
        }
        let claims = zip(members, groups).compactMap { passages, group -> Claim? in
            passages.isEmpty
                ? nil
                : Claim(passages: passages, articles: passages.map { articleOf[$0] }.sorted(), bestScore: group.best)
        }
        return claims.sorted { lhs, rhs in
            if lhs.articles.count != rhs.articles.count { return lhs.articles.count > rhs.articles.count }
            return lhs.passages.lexicographicallyPrecedes(rhs.passages)
        }
    }

    /// A group of two passages or more: the articles of its passages, and its best score.
    private struct Group {
        var articles: Set<Int32>
        var best: Double
        /// How many passages the group has: one per article.
        var size: Int { articles.count }
    }

    /// The sort key of a score: scores are not negative, so their bit patterns sort as they
    /// do; complemented, highest first.
    private static func key(of score: Double) -> UInt64 { ~score.bitPattern }

    /// The score whose sort key is `key`.
    private static func score(of key: UInt64) -> Double { Double(bitPattern: ~key) }

    /// The pairs (a collection, so that a caller's pairs of another type need not be copied
    /// into tuples) by score, highest first, then by passages: each pair's sort key (`key(of:)`)
    /// and its passages packed in one number (first in the high half), in that order. A stable
    /// radix sort of the keys over the pairs in passage order, which is the order
    /// `PassageComparison` gives them in; the pairs travel with their keys, so that grouping
    /// then reads them in order rather than jumping about the list of pairs.
    private static func strongestFirst<Pairs: RandomAccessCollection<(first: Int, second: Int, score: Double)>>(
        _ pairs: Pairs
    ) -> (
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
