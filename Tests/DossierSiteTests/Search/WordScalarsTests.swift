import Foundation
import Testing

@testable import DossierSite

/// The table of `WordScalars` answers as the scalar properties do, so word splitting and
/// Pagefind's folding give the same words as before the table.
struct WordScalarsTests {
    /// Every scalar of the table, and a spread of scalars above it (other scripts, symbols,
    /// presentation forms, emoji, supplementary planes).
    private static let scalars: [Unicode.Scalar] = {
        let ranges: [ClosedRange<UInt32>] = [
            0...0x2FFF, 0xFB00...0xFFFF, 0x1_0000...0x1_0FFF, 0x1_D400...0x1_D7FF, 0x1_EE00...0x1_EEFF,
            0x1_F300...0x1_FAFF, 0x2_0000...0x2_00FF, 0xE_0000...0xE_01EF,
        ]
        return ranges.flatMap { range in range.compactMap(Unicode.Scalar.init) }
    }()

    @Test func theTableAnswersAsThePropertiesDo() {
        let table = WordScalars.shared
        var mismatches: [String] = []
        for scalar in Self.scalars {
            if table.isWord(scalar) != WordScalars.isWordByProperties(scalar)
                || table.changesWhenLowercased(scalar) != scalar.properties.changesWhenLowercased
            {
                mismatches.append(String(scalar.value, radix: 16))
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
        #expect(!table.isWord(" ") && table.isWord("ب") && table.isWord("\u{064E}") && table.isWord("ـ"))
        #expect(table.changesWhenLowercased("É") && !table.changesWhenLowercased("ب"))
    }

    /// Words and folds of varied texts equal those of the property-based definitions.
    @Test(arguments: [
        "قال بوتين، وإيلون ماسك: «لا»؛ ثم ذهب إلى المدرسة.",
        "Ελληνικά и кириллица ÉCOLE naïve İstanbul ﻻ ﷲ 𝐀𝐁 ١٢٣ ۴۵ 12.5",
        "عربيـــة بُوتِين‎ mixed\u{200F}نص؟!",
    ])
    func wordsAndFoldsAreUnchanged(text: String) {
        var expected: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if WordScalars.isWordByProperties(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                expected.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { expected.append(String(current)) }
        #expect(TermCollector.words(of: text) == expected)
        for word in expected {
            var folded = ""
            for scalar in word.unicodeScalars {
                switch scalar.value {
                case 0x0640, 0x064B...0x065F, 0x0670, 0x0610...0x061A: continue
                case 0x0622, 0x0623, 0x0625: folded.unicodeScalars.append("ا")
                default:
                    folded += scalar.properties.changesWhenLowercased ? String(scalar).lowercased() : String(scalar)
                }
            }
            #expect(TermCollector.pagefindFold(word) == folded)
        }
    }
}
