import DossierModel

/// Deterministic orders shared by the statistics: counts, then Arabic names, then ids.
package struct Ranking: Sendable {
    private let actorKeys: [String: ArabicNameOrder.Key]

    /// Precomputes the name keys of the actors.
    package init(actors: [Actor]) {
        actorKeys = Dictionary(
            actors.map { ($0.id, ArabicNameOrder.Key($0.name)) }, uniquingKeysWith: { first, _ in first })
    }

    /// True when actor `lhs` precedes `rhs` by Arabic name, then id.
    package func actorPrecedes(_ lhs: String, _ rhs: String) -> Bool {
        if let left = actorKeys[lhs], let right = actorKeys[rhs], left != right { return left < right }
        return lhs < rhs
    }

    /// Counts of distinct actors, most first, then Arabic name, then id.
    package func actorsByCount(_ counts: [MentionCount]) -> [MentionCount] {
        counts.sorted { $0.count != $1.count ? $0.count > $1.count : actorPrecedes($0.id, $1.id) }
    }

    /// Counts of distinct ASCII ids, most first, then id.
    package static func byCount(_ counts: [MentionCount]) -> [MentionCount] {
        counts.sorted { $0.count != $1.count ? $0.count > $1.count : $0.id < $1.id }
    }

    /// Ids ordered by weight (largest first), then Arabic name, then id.
    package static func byWeight(_ items: [(id: String, name: String, weight: Int)]) -> [String] {
        items.map { (item: $0, key: ArabicNameOrder.Key($0.name)) }
            .sorted { lhs, rhs in
                if lhs.item.weight != rhs.item.weight { return lhs.item.weight > rhs.item.weight }
                if lhs.key != rhs.key { return lhs.key < rhs.key }
                return lhs.item.id < rhs.item.id
            }
            .map(\.item.id)
    }
}
