import Foundation

/// What `ArabicNormalizer.matchKey` needs to know of each scalar it meets most (ASCII, Latin,
/// Arabic and the rest below U+0800, and general punctuation), looked up in one table made
/// once from the rules themselves: whether the scalar combines (NFC may merge it into the
/// one before), whether it is its own NFC when no mark follows it, and its L1 form
/// (`ScalarFolding.appendL1`). The rules walked a chain of ranges and a properties table per
/// scalar, and typographic quotes, dashes and bidi marks (U+2000–U+206F, in every copied
/// page) went through Foundation's NFC one by one.
struct L1FoldTable {
    /// A scalar's entry: its L1 form (one scalar, or none), and what it is.
    struct Entry {
        fileprivate let bits: UInt32

        /// A mark NFC may compose (`ScalarTraits.combines`).
        var combines: Bool { bits & Self.combining != 0 }
        /// NFC of the scalar alone is the scalar itself, and it composes with no mark L1
        /// deletes (a base the fast path of `matchKey` may take without NFC).
        var isStableAlone: Bool { bits & Self.stable != 0 }
        /// L1 gives several scalars (a ligature, a lowercase of more than one): `appendL1` it.
        var needsRules: Bool { bits & Self.rules != 0 }
        /// L1 deletes the scalar.
        var isDeleted: Bool { bits & Self.deleted != 0 }
        /// The one scalar L1 gives (when neither `needsRules` nor `isDeleted`): the low bits
        /// hold the value of a scalar (`init()` stores nothing else there), so it needs no check.
        var folded: Unicode.Scalar { unsafeBitCast(bits & Self.scalarMask, to: Unicode.Scalar.self) }

        fileprivate static let scalarMask: UInt32 = 0x1F_FFFF
        fileprivate static let deleted: UInt32 = 1 << 24
        fileprivate static let rules: UInt32 = 1 << 25
        fileprivate static let stable: UInt32 = 1 << 26
        fileprivate static let combining: UInt32 = 1 << 27
    }

    /// The scalars below this are in the table...
    private static let lowLimit: UInt32 = 0x0800
    /// ...and those of General Punctuation.
    private static let punctuation: Range<UInt32> = 0x2000..<0x2070

    /// The entries of scalars `0..<lowLimit`, then of `punctuation`.
    private let entries: [Entry]

    /// The table, made on first use.
    static let shared = L1FoldTable()

    private init() {
        let values = Array(0..<Self.lowLimit) + Array(Self.punctuation)
        entries = values.map { value in
            guard let scalar = Unicode.Scalar(value) else { return Entry(bits: Entry.rules) }
            var builder = NormalizedTextBuilder(capacity: 2)
            ScalarFolding.appendL1(scalar, offset: 0, to: &builder)
            let l1 = builder.finish(endOffset: 1).scalars
            var bits: UInt32 =
                switch l1.count {
                case 0: Entry.deleted
                case 1: l1[0].value
                default: Entry.rules
                }
            if ScalarTraits.combines(scalar) { bits |= Entry.combining }
            if Self.isStableAlone(scalar) { bits |= Entry.stable }
            return Entry(bits: bits)
        }
    }

    /// The entry of `scalar`, nil for a scalar outside the table.
    @inline(__always)
    func entry(_ scalar: Unicode.Scalar) -> Entry? {
        let value = scalar.value
        if value < Self.lowLimit { return entries[Int(value)] }
        if Self.punctuation.contains(value) {
            return entries[Int(Self.lowLimit + value - Self.punctuation.lowerBound)]
        }
        return nil
    }

    /// Whether the fast path may take `scalar` as a base without NFC: ASCII, Latin below
    /// U+0300 and the Arabic block, as `MatchKeyFastPathTests` proves (inert marks compose with
    /// none of them), and a punctuation scalar that is not a mark and that NFC keeps as it is
    /// (U+2000 and U+2001 are not: NFC makes them U+2002 and U+2003). Other scalars below
    /// U+0800 (Greek, Cyrillic, Hebrew, Syriac) take NFC.
    private static func isStableAlone(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x0300 || (0x0600...0x06FF).contains(value) { return true }
        guard punctuation.contains(value), !ScalarTraits.combines(scalar) else { return false }
        return Array(String(Character(scalar)).precomposedStringWithCanonicalMapping.unicodeScalars) == [scalar]
    }
}
