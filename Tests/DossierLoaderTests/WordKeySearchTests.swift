import Foundation
import Testing

@testable import DossierLoader

/// The byte searches of `WordKeySearch` answer as the string searches they replaced.
struct WordKeySearchTests {
    static let words = [
        "حقوق", "النشر", "محفوظة", "©", "2024", "جميع", "الحقوق", "اقرأ", "أيضا", "شدّة", "cookies", "we", "2",
    ]

    /// Word keys of one to five words, all made from `words` (deterministic).
    static var keys: [String] {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return [""] + (0..<400).map { _ in (0...next(5)).map { _ in words[next(words.count)] }.joined(separator: " ") }
    }

    static let phrases = [
        "حقوق النشر", "جميع الحقوق محفوظة", "حقوق", "الحقوق", "شد", "شدّة", "we", "cookies we", "202", "", "2", "©",
    ]

    @Test func containsWordsMatchesTheStringSearch() {
        for key in Self.keys {
            for phrase in Self.phrases {
                let expected = (" " + key + " ").contains(" " + phrase + " ")
                #expect(WordKeySearch.containsWords(key, phrase) == expected, "«\(key)» «\(phrase)»")
            }
        }
    }

    /// A list of phrases is found where one of its phrases is (lists of none to three of them).
    @Test func aPhraseListIsFoundWhereOneOfItsPhrasesIs() {
        let lists =
            [[]] + Self.phrases.map { [$0] }
            + (0..<40).map { index in
                (0..<(1 + index % 3)).map { Self.phrases[(index * 7 + $0 * 3) % Self.phrases.count] }
            }
        for list in lists {
            let phrases = WordPhraseList(list)
            for key in Self.keys {
                let expected = list.contains { WordKeySearch.containsWords(key, $0) }
                #expect(phrases.isFound(in: key) == expected, "«\(key)» \(list)")
            }
        }
    }

    @Test func hasWordPrefixMatchesTheStringSearch() {
        for key in Self.keys {
            for prefix in Self.phrases {
                let expected =
                    key.hasPrefix(prefix) && (key.count == prefix.count || key.dropFirst(prefix.count).first == " ")
                #expect(WordKeySearch.hasWordPrefix(key, prefix) == expected, "«\(key)» «\(prefix)»")
            }
        }
    }

    @Test func theLastOccurrenceEndsWhereTheStringSearchSays() {
        for text in ["نص... آخر … ختام", "بلا نقاط", "....", "…", "أ...ب...ج"] {
            for literal in ["...", "…"] {
                #expect(
                    WordKeySearch.endOfLast(literal, in: text)
                        == text.range(of: literal, options: .backwards)?.upperBound)
            }
        }
    }
}
