import Foundation
import Testing

@testable import DossierAnalysis
@testable import DossierSite

/// Pagefind's folding of a word: what it drops and maps, and a cost linear in the word's length.
struct TermCollectorTests {
    @Test(arguments: [
        ("أَحْمَد", "احمد"), ("إيـران", "ايران"), ("آمال", "امال"), ("Putin", "putin"), ("ÉCOLE", "école"),
    ])
    func foldsLikePagefind(word: String, folded: String) {
        #expect(TermCollector.pagefindFold(word) == folded)
    }

    /// Folding while splitting gives the folds of the words.
    @Test(arguments: [
        "قالَ الرئيسُ «أحمد» إنّ الـمفاوضات ستُستأنف، وأكد آمال إيران.", "Putin, ÉCOLE naïve İstanbul ΣΟΦΊΑ x²",
        "\u{064E}\u{0651} ـــ ١٢٣ 45-67 e\u{0301}lan\u{00A0}ﻻ", "",
    ])
    func foldedWordsAreTheFoldsOfTheWords(text: String) {
        var folded: [String] = []
        TermCollector.forEachFoldedWord(of: text) { folded.append($0) }
        #expect(folded == TermCollector.words(of: text).map(TermCollector.pagefindFold))
    }

    /// A word with the article before a letter Pagefind's stemmer takes for a proclitic is
    /// added without it too; other words, and names of any kind, keep their forms.
    @Test func wordsWithTheArticleBeforeAProcliticLetterAreAddedBare() {
        #expect(TermCollector.withoutArticle("الوزير") == "وزير")
        #expect(TermCollector.withoutArticle("البرلمان") == "برلمان")
        #expect(TermCollector.withoutArticle("الفلسطيني") == "فلسطيني")
        for word in ["الطاهر", "الرءيس", "الوف", "البر", "وزير", "بالوزير"] {
            #expect(TermCollector.withoutArticle(word) == nil, "\(word)")
        }
        var collector = TermCollector(pageTexts: ["قال الوزير إن البرلمان والوزير اجتمعا، ثم تحدث وزير آخر."])
        for word in ["الوزير", "البرلمان", "والوزير", "وزير"] { collector.addKeyForm(word) }
        #expect(collector.terms == ["برلمان"])
        #expect(
            TermCollector.forms(of: "عبد الفتاح البرهان") == [
                "عبد", "عبد", "الفتاح", "الفتاح", "فتاح", "البرهان", "البرهان", "برهان",
            ])
    }

    /// A megabyte-long "word" (a line without spaces) folded in well under a second in release;
    /// it took minutes when each scalar was appended by re-reserving the exact size.
    @Test func foldingALongWordIsLinear() {
        let word = String(repeating: "بEي", count: 400_000)
        let clock = ContinuousClock()
        let start = clock.now
        let folded = TermCollector.pagefindFold(word)
        let elapsed = clock.now - start
        #expect(folded.unicodeScalars.count == 1_200_000)
        #expect(folded.hasPrefix("bei") == false && folded.hasPrefix("بeي"))
        #expect(elapsed < .seconds(10), "folding took \(elapsed)")
    }
}
