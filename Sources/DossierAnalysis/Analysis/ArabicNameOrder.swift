import ArabicText

/// The order of Arabic display names on index pages and in ties.
///
/// Names compare by their L1 match key (so hamza, diacritics and tatweel do not reorder
/// them), then by raw scalar values so distinct spellings still order deterministically.
/// Scalar order is not a full Arabic collation, but it is stable across machines and
/// locales, which a locale-dependent collator on Linux is not.
public enum ArabicNameOrder {
    /// The sort key of a name: its L1 scalars, then its raw scalars.
    public struct Key: Sendable, Hashable, Comparable {
        package let folded: [Unicode.Scalar]
        package let raw: [Unicode.Scalar]

        /// Computes the key of a name.
        public init(_ name: String) {
            folded = ArabicNormalizer.matchKey(name).scalars
            raw = Array(name.unicodeScalars)
        }

        /// Folded order first, raw order second.
        public static func < (lhs: Key, rhs: Key) -> Bool {
            if lhs.folded != rhs.folded { return lhs.folded.lexicographicallyPrecedes(rhs.folded) }
            return lhs.raw.lexicographicallyPrecedes(rhs.raw)
        }
    }
}
