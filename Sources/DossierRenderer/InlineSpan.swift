/// A decoration of part of a paragraph: a link to an actor, a note highlight, an
/// isolated Latin run. Ranges count Unicode scalars of the paragraph's text.
public struct InlineSpan: Sendable, Hashable {
    /// What to wrap the range in.
    public enum Kind: Sendable, Hashable {
        /// `<a href>`; `id` goes on the first piece only.
        case link(href: String, id: String?, className: String?, title: String?)
        /// `<mark>` for a note's passage; `id` goes on the first piece only.
        case highlight(id: String?, className: String?, title: String?)
        /// `<span dir lang>` isolating a run of another direction (docs/arabic-text-engine.md §8).
        case isolate(dir: String, lang: String)
        /// `<span id class>`: a link target that is not a link (a mention after the first of
        /// its actor in a paragraph); `id` goes on the first piece only.
        case target(id: String?, className: String?)
    }

    public var range: Range<Int>
    public var kind: Kind

    public init(range: Range<Int>, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}
