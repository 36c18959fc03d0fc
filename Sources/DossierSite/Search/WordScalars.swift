/// What word splitting and Pagefind's folding ask of every scalar of a page's text, read from a
/// table for the scalars below U+0800 (Latin, Greek, Cyrillic, Hebrew, Arabic, Syriac…) and
/// from `Unicode.Scalar.Properties` above, so the common scripts cost one array read instead
/// of several property look-ups. The table is made from the same properties: the answers are
/// the same for every scalar.
struct WordScalars: Sendable {
    /// Scalars below this value are answered from the table.
    static let tableLimit: UInt32 = 0x0800

    private static let wordFlag: UInt8 = 1
    private static let lowercaseFlag: UInt8 = 2

    /// The flags of every scalar below `tableLimit` (surrogates are above it).
    static let shared = WordScalars(
        table: (0..<tableLimit).map { value in
            guard let scalar = Unicode.Scalar(value) else { return 0 }
            return (isWordByProperties(scalar) ? wordFlag : 0)
                | (scalar.properties.changesWhenLowercased ? lowercaseFlag : 0)
        })

    private let table: [UInt8]

    /// True when `scalar` belongs to a word: a letter, a digit, a combining mark or tatweel.
    func isWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < Self.tableLimit
            ? table[Int(scalar.value)] & Self.wordFlag != 0 : Self.isWordByProperties(scalar)
    }

    /// True when lower-casing changes `scalar`.
    func changesWhenLowercased(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < Self.tableLimit
            ? table[Int(scalar.value)] & Self.lowercaseFlag != 0 : scalar.properties.changesWhenLowercased
    }

    /// The definition of a word scalar, from the scalar's properties.
    static func isWordByProperties(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            || scalar.properties.generalCategory == .nonspacingMark || scalar.value == 0x0640
    }
}
