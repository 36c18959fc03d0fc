/// The Unicode properties the text engine and the search asks about in hot loops, read from a
/// table of flags for the scalars below U+0800 (Latin, Greek, Cyrillic, Hebrew, Arabic,
/// Syriac…) and from `Unicode.Scalar.Properties` (a search per call) above. The table is made
/// from those same properties at first use, so every answer equals the property's.
public enum ScalarTraits {
    /// Scalars below this value are answered from the table.
    static let tableLimit: UInt32 = 0x0800

    private static let whitespace: UInt8 = 1
    private static let alphabetic: UInt8 = 2
    private static let numeric: UInt8 = 4
    private static let lowercases: UInt8 = 8
    private static let combining: UInt8 = 16
    private static let word: UInt8 = 32

    /// The flags of every scalar below `tableLimit` (surrogates are above it).
    private static let table: [UInt8] = (0..<tableLimit).map { value in
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        let properties = scalar.properties
        return (properties.isWhitespace ? whitespace : 0) | (properties.isAlphabetic ? alphabetic : 0)
            | (properties.numericType != nil ? numeric : 0) | (properties.changesWhenLowercased ? lowercases : 0)
            | (properties.canonicalCombiningClass.rawValue != 0 ? combining : 0)
            | (isWordByProperties(scalar) ? word : 0)
    }

    @inline(__always)
    private static func flag(_ flag: UInt8, of scalar: Unicode.Scalar) -> Bool? {
        scalar.value < tableLimit ? table[Int(scalar.value)] & flag != 0 : nil
    }

    /// `properties.isWhitespace`.
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        flag(whitespace, of: scalar) ?? scalar.properties.isWhitespace
    }

    /// `properties.isAlphabetic`.
    public static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        flag(alphabetic, of: scalar) ?? scalar.properties.isAlphabetic
    }

    /// Whether `properties.numericType` is not nil (a digit or another number character).
    public static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        flag(numeric, of: scalar) ?? (scalar.properties.numericType != nil)
    }

    /// `properties.changesWhenLowercased`.
    public static func changesWhenLowercased(_ scalar: Unicode.Scalar) -> Bool {
        flag(lowercases, of: scalar) ?? scalar.properties.changesWhenLowercased
    }

    /// Whether `properties.canonicalCombiningClass` is not zero (a mark NFC may compose).
    public static func combines(_ scalar: Unicode.Scalar) -> Bool {
        flag(combining, of: scalar) ?? (scalar.properties.canonicalCombiningClass.rawValue != 0)
    }

    /// Whether `scalar` belongs to a word when a text is split for search: a letter, a digit, a
    /// combining mark or tatweel (`isWordByProperties`).
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        flag(word, of: scalar) ?? isWordByProperties(scalar)
    }

    /// The definition of a word scalar, from the scalar's properties.
    static func isWordByProperties(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            || scalar.properties.generalCategory == .nonspacingMark || scalar.value == 0x0640
    }
}
