import ArabicText
import Foundation
import Testing

@testable import DossierLoader

/// Content tokens and word keys are cut on scalars when every scalar is a character of its
/// own; they must be exactly what the character-based cut gives, on every kind of text.
struct ContentTokensTests {
    /// Texts with proclitics, stems, stop words, digits, Latin, punctuation and marks.
    private static let texts = [
        "وقال وزير الخارجية إن الاتصالات مع الحكومة مستمرة، وأضاف أن الاجتماع سيعقد في 2024.",
        "أعلنت الشركة عن نتائجها للربع الثالث: ارتفاع الأرباح بنسبة ٢٥٪ مقارنة بالعام الماضي",
        "The Minister said COVID19 talks «resumed» — after 3 days — in Genève and São Paulo.",
        "بالانتخابات والمرشحين وللكرملين فالحكومة كالعادة ولله",
        "عَقَدَ الوَزِيرُ اجتماعاً مُطَوَّلاً مع الوفد",
        "الـــرئيس يلتقي نظيره ﻻ سيما في ﺍﻟﻘﺎﻫﺮﺓ",
        "कर्मचारी ab\u{0301}c  \u{08F0}بيان لل\u{08F0}حكومة 🇪🇬 👍🏽 \r\n نهاية",
        "ام ال بال و في من على", "", "،،، ... 123 4567",
    ]

    @Test func scalarTokensAreTheCharacterTokens() {
        for text in Self.texts {
            let key = ArabicNormalizer.matchKey(text).scalars
            #expect(ContentTokens.tokens(ofMatchKey: key) == ContentTokens.characterTokens(of: key), "\(text)")
        }
    }

    @Test func tokensAreStemmedContentWords() {
        let tokens = ContentTokens.tokens(of: "وقال وزير الخارجية إن الاتصالات مع الحكومة مستمرة في 2024")
        // The stemmer takes «و» off «وزير» as Lucene does (four letters or more).
        #expect(tokens == ["زير", "خارج", "اتصال", "حكوم", "مستمر"])
        #expect(ContentTokens.tokens(of: "في من على 12345") == [])
    }

    @Test func wordCountsAreTheCharacterCounts() {
        for text in Self.texts + ["ab \u{08F0}c", "ab ، \u{0301}c"] {
            let key = TextLine.wordKey(text)
            #expect(TextLine.wordCount(ofKey: key) == key.split(separator: " ").count, "\(text)")
            // Counted while the key is made, as a line is read.
            let fused = TextLine.wordKeyAndCount(matchKey: ArabicNormalizer.matchKey(text).scalars)
            #expect(fused.key == key && fused.wordCount == key.split(separator: " ").count, "\(text)")
        }
        // A mark after a space joins it into one character, which is no separator.
        #expect(TextLine.wordCount(ofKey: "ab \u{08F0}c") == 1)
        #expect(TextLine.wordCount(ofKey: "") == 0)
    }

    @Test func seedArticlesCutAlike() throws {
        let folder = FixturePaths.seeds + "/articles"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }
        #expect(!names.isEmpty)
        for name in names {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            for line in text.split(separator: "\n") {
                let key = ArabicNormalizer.matchKey(String(line)).scalars
                #expect(ContentTokens.tokens(ofMatchKey: key) == ContentTokens.characterTokens(of: key))
            }
        }
    }

    @Test func linesAreCutAsCharactersCutThem() {
        let texts = [
            "", "\n", "سطر أول\nسطر ثان\n\nفقرة", "a\n\u{0301}b\n", "\n\nx", "crlf\r\nline\rend\n",
            "بلا فاصل",
        ]
        for text in texts {
            #expect(
                ParagraphSplitter.lineSlices(of: text) == text.split(separator: "\n", omittingEmptySubsequences: false))
        }
    }

    @Test func scalarStringsAreTheScalarViewStrings() {
        for text in Self.texts {
            let scalars = Array(text.unicodeScalars)
            let string = String(scalars: scalars)
            #expect(string == text && Array(string.unicodeScalars) == scalars && string.utf8.elementsEqual(text.utf8))
        }
    }
}
