import Foundation
import Testing

@testable import ArabicText
@testable import DossierAnalysis
@testable import DossierSite

/// Word splitting and Pagefind's folding read `ScalarTraits`' table: they give the words and
/// folds of the property-based definitions.
struct WordSplittingTests {
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
            if ScalarTraits.isWordByProperties(scalar) {
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
