import DossierModel

/// A piece of editors' Markdown that can link to other things: the overview, a profile,
/// an essay, an outlet text or a note.
public struct CommentarySource: Sendable, Hashable, Comparable {
    /// What kind of commentary; the order of the cases is the order of backlinks.
    public enum Kind: String, Sendable, Hashable, Comparable, CaseIterable {
        /// `index.md` (id `index`).
        case overview
        /// An actor profile.
        case actor
        /// A topic essay.
        case topic
        /// An outlet's about text.
        case outlet
        /// A note.
        case note

        private var rank: Int { Kind.allCases.firstIndex(of: self) ?? 0 }

        /// Declaration order.
        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rank < rhs.rank }
    }

    /// What kind of commentary.
    public let kind: Kind
    /// The id of the actor, topic, outlet or note (`index` for the overview).
    public let id: String
    /// Its display title (Arabic name, topic title, or for a note its article's title).
    public let title: String

    /// Creates a commentary source.
    public init(kind: Kind, id: String, title: String) {
        self.kind = kind
        self.id = id
        self.title = title
    }

    /// By kind, then id.
    public static func < (lhs: CommentarySource, rhs: CommentarySource) -> Bool {
        lhs.kind != rhs.kind ? lhs.kind < rhs.kind : lhs.id < rhs.id
    }
}
