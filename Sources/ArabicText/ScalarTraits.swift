/// The Unicode properties the text engine and the search asks about in hot loops: answered in
/// the caller's own code for ASCII and the Arabic letters (`Block`), read from a table of
/// flags for the other scalars below U+0800 (Latin, Greek, Cyrillic, Hebrew, Arabic marks and
/// digits, Syriac…), and from `Unicode.Scalar.Properties` (a search per call) above. The table
/// is made from those same properties at first use, so every answer equals the property's
/// (`ScalarTraitsTests` checks all three ways against them).
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
    @inlinable
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch Block(scalar) {
        case .ascii: scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)
        case .arabicLetter: false
        case .other: tableIsWhitespace(scalar)
        }
    }

    /// `properties.isAlphabetic`.
    @inlinable
    public static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        switch Block(scalar) {
        case .ascii: Block.isASCIILetter(scalar.value)
        case .arabicLetter: true
        case .other: tableIsAlphabetic(scalar)
        }
    }

    /// Whether `properties.numericType` is not nil (a digit or another number character).
    @inlinable
    public static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch Block(scalar) {
        case .ascii: Block.isASCIIDigit(scalar.value)
        case .arabicLetter: false
        case .other: tableIsNumeric(scalar)
        }
    }

    /// `properties.changesWhenLowercased`.
    @inlinable
    public static func changesWhenLowercased(_ scalar: Unicode.Scalar) -> Bool {
        switch Block(scalar) {
        case .ascii: (0x41...0x5A).contains(scalar.value)
        case .arabicLetter: false
        case .other: tableChangesWhenLowercased(scalar)
        }
    }

    /// Whether `properties.canonicalCombiningClass` is not zero (a mark NFC may compose).
    @inlinable
    public static func combines(_ scalar: Unicode.Scalar) -> Bool {
        switch Block(scalar) {
        case .ascii, .arabicLetter: false
        case .other: tableCombines(scalar)
        }
    }

    /// Whether `scalar` belongs to a word when a text is split for search: a letter, a digit, a
    /// combining mark or tatweel (`isWordByProperties`).
    @inlinable
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch Block(scalar) {
        case .ascii: Block.isASCIILetter(scalar.value) || Block.isASCIIDigit(scalar.value)
        case .arabicLetter: true
        case .other: tableIsWordScalar(scalar)
        }
    }

    /// The scalars answered without the table, inlined into the callers' loops: ASCII, and the
    /// letters of the Arabic alphabet (U+0621–U+063A, U+0641–U+064A), which are alphabetic word
    /// scalars and nothing else. Together they are nearly every scalar of an Arabic article.
    @usableFromInline
    enum Block {
        case ascii, arabicLetter, other

        @inlinable
        init(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            if value < 0x80 {
                self = .ascii
            } else if (0x0621...0x063A).contains(value) || (0x0641...0x064A).contains(value) {
                self = .arabicLetter
            } else {
                self = .other
            }
        }

        @inlinable
        static func isASCIILetter(_ value: UInt32) -> Bool {
            (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }

        @inlinable
        static func isASCIIDigit(_ value: UInt32) -> Bool {
            (0x30...0x39).contains(value)
        }
    }

    // The answers for the other scalars, from the table or the properties.

    @usableFromInline
    static func tableIsWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        flag(whitespace, of: scalar) ?? scalar.properties.isWhitespace
    }

    @usableFromInline
    static func tableIsAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        flag(alphabetic, of: scalar) ?? scalar.properties.isAlphabetic
    }

    @usableFromInline
    static func tableIsNumeric(_ scalar: Unicode.Scalar) -> Bool {
        flag(numeric, of: scalar) ?? (scalar.properties.numericType != nil)
    }

    @usableFromInline
    static func tableChangesWhenLowercased(_ scalar: Unicode.Scalar) -> Bool {
        flag(lowercases, of: scalar) ?? scalar.properties.changesWhenLowercased
    }

    @usableFromInline
    static func tableCombines(_ scalar: Unicode.Scalar) -> Bool {
        flag(combining, of: scalar) ?? (scalar.properties.canonicalCombiningClass.rawValue != 0)
    }

    @usableFromInline
    static func tableIsWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        flag(word, of: scalar) ?? isWordByProperties(scalar)
    }

    /// The definition of a word scalar, from the scalar's properties.
    static func isWordByProperties(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            || scalar.properties.generalCategory == .nonspacingMark || scalar.value == 0x0640
    }
}
