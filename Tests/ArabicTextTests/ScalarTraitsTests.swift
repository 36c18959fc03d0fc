import Testing

@testable import ArabicText

/// The fast answers of `ScalarTraits` must equal Unicode's for every scalar they shortcut.
@Suite("ScalarTraits")
struct ScalarTraitsTests {
    /// Every scalar of the table, and a spread of scalars above it (other scripts, symbols,
    /// presentation forms, emoji, supplementary planes).
    static let scalars: [Unicode.Scalar] = {
        let ranges: [ClosedRange<UInt32>] = [
            0...0x2FFF, 0xFB00...0xFFFF, 0x1_0000...0x1_0FFF, 0x1_D400...0x1_D7FF, 0x1_EE00...0x1_EEFF,
            0x1_F300...0x1_FAFF, 0x2_0000...0x2_00FF, 0xE_0000...0xE_01EF,
        ]
        return ranges.flatMap { range in range.compactMap(Unicode.Scalar.init) }
    }()

    @Test func wordScalarsAreLettersDigitsMarksAndTatweel() {
        let wrong = Self.scalars.filter { ScalarTraits.isWordScalar($0) != ScalarTraits.isWordByProperties($0) }
        #expect(wrong.isEmpty, "\(wrong.map { String($0.value, radix: 16) })")
        #expect(!ScalarTraits.isWordScalar(" ") && ScalarTraits.isWordScalar("ب"))
        #expect(ScalarTraits.isWordScalar("\u{064E}") && ScalarTraits.isWordScalar("ـ"))
    }

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
