import Testing

@testable import ArabicText

/// The fast answers of `ScalarTraits` must equal Unicode's for every scalar they shortcut.
@Suite("ScalarTraits")
struct ScalarTraitsTests {
    /// ASCII, Latin-1, the Arabic block and its neighbours, and a sample of the rest of the BMP.
    static let scalars: [Unicode.Scalar] =
        (Array(0x0000...0x0800) + Array(stride(from: 0x0800, to: 0xD800, by: 7))
        + Array(0x2000...0x206F) + Array(0xFB50...0xFEFF)).compactMap(Unicode.Scalar.init(_:))

    @Test func whitespaceIsUnicodeWhiteSpace() {
        let wrong = Self.scalars.filter { ScalarTraits.isWhitespace($0) != $0.properties.isWhitespace }
        #expect(wrong.isEmpty, "\(wrong.map { String($0.value, radix: 16) })")
    }

    @Test func alphabeticIsUnicodeAlphabetic() {
        let wrong = Self.scalars.filter { ScalarTraits.isAlphabetic($0) != $0.properties.isAlphabetic }
        #expect(wrong.isEmpty, "\(wrong.map { String($0.value, radix: 16) })")
    }

    @Test func numericIsANumericType() {
        let wrong = Self.scalars.filter { ScalarTraits.isNumeric($0) != ($0.properties.numericType != nil) }
        #expect(wrong.isEmpty, "\(wrong.map { String($0.value, radix: 16) })")
    }

    @Test func lowercasingChangesWhatUnicodeSays() {
        let wrong = Self.scalars.filter {
            ScalarTraits.changesWhenLowercased($0) != $0.properties.changesWhenLowercased
        }
        #expect(wrong.isEmpty, "\(wrong.map { String($0.value, radix: 16) })")
    }

    @Test func combiningIsANonZeroCombiningClass() {
        let wrong = Self.scalars.filter {
            ScalarTraits.combines($0) != ($0.properties.canonicalCombiningClass.rawValue != 0)
        }
        #expect(wrong.isEmpty, "\(wrong.map { String($0.value, radix: 16) })")
    }
}
