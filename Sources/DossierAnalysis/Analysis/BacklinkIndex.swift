import DossierModel

/// For every actor, topic, article, outlet or note, the commentary linking to it.
public struct BacklinkIndex: Sendable, Hashable {
    /// A link target without fragment.
    public struct Target: Sendable, Hashable, Comparable {
        /// What is linked to.
        public let kind: CrossReference.Kind
        /// Its id.
        public let id: String

        /// Creates a target.
        public init(kind: CrossReference.Kind, id: String) {
            self.kind = kind
            self.id = id
        }

        /// By kind (declaration order), then id.
        public static func < (lhs: Target, rhs: Target) -> Bool {
            let left = CrossReference.Kind.allCases.firstIndex(of: lhs.kind) ?? 0
            let right = CrossReference.Kind.allCases.firstIndex(of: rhs.kind) ?? 0
            return left != right ? left < right : lhs.id < rhs.id
        }
    }

    /// Sources per target, each list sorted by source kind then id, without duplicates.
    public let entries: [Target: [CommentarySource]]

    /// Creates an index from unsorted (target, source) pairs; links from a source to itself are dropped.
    public init(links: [(Target, CommentarySource)]) {
        var sets: [Target: Set<CommentarySource>] = [:]
        for (target, source) in links {
            if target.id == source.id, target.kind.rawValue == source.kind.rawValue { continue }
            sets[target, default: []].insert(source)
        }
        entries = sets.mapValues { $0.sorted() }
    }

    /// The commentary linking to `kind:id`, sorted; empty when none.
    public func sources(linkingTo kind: CrossReference.Kind, id: String) -> [CommentarySource] {
        entries[Target(kind: kind, id: id)] ?? []
    }

    /// Every target with at least one backlink, sorted.
    public var targets: [Target] { entries.keys.sorted() }
}
