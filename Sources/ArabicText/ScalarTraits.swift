/// The Unicode properties the text engine asks about in its hot loops, answered from the
/// scalar's value for ASCII and the Arabic letters, and from `Unicode.Scalar.Properties`
/// (a table search per call) only for the rest.
///
/// Every answer equals the property's; `ScalarTraitsTests` checks them for all of ASCII and
/// the Arabic block.
public enum ScalarTraits {
    /// `properties.isWhitespace`.
    @inline(__always)
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if (0x0600...0x06FF).contains(value) { return false }
        return scalar.properties.isWhitespace
    }

    /// `properties.isAlphabetic`.
    @inline(__always)
    public static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        if (0x0620...0x064A).contains(value) { return true }
        return scalar.properties.isAlphabetic
    }

    /// Whether `properties.numericType` is not nil (a digit or another number character).
    @inline(__always)
    public static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (0x30...0x39).contains(value) }
        if (0x0600...0x065F).contains(value) || (0x066A...0x06EF).contains(value) { return false }
        return scalar.properties.numericType != nil
    }

    /// `properties.changesWhenLowercased`: Arabic has no case.
    @inline(__always)
    public static func changesWhenLowercased(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (0x41...0x5A).contains(value) }
        if (0x0600...0x06FF).contains(value) { return false }
        return scalar.properties.changesWhenLowercased
    }

    /// Whether `properties.canonicalCombiningClass` is not zero (a mark NFC may compose).
    @inline(__always)
    public static func combines(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x0300 || (0x0620...0x064A).contains(value) { return false }
        return scalar.properties.canonicalCombiningClass.rawValue != 0
    }
}
