import Testing

@testable import DossierCommands

/// Word-triple similarity: spelling variants match, a reordered text does not.
struct WordShinglesTests {
    @Test func similarityCountsSharedTriples() {
        let text = "قال الوزير إن المشروع سيبدأ العام المقبل"
        #expect(WordShingles(text).jaccard(WordShingles(text)) == 1)
        // Hamza, taa marbuta and diacritics are folded: another site's spelling is the same text.
        #expect(WordShingles("قالَ الوزير إنّ المشروع سيبدا العام المقبل").jaccard(WordShingles(text)) == 1)
        // Five triples each, four shared after the last word changed: 4 / 6.
        let edited = WordShingles("قال الوزير إن المشروع سيبدأ العام القادم")
        #expect(abs(edited.jaccard(WordShingles(text)) - 4.0 / 6.0) < 1e-9)
        // The same words in another order share no triple.
        #expect(WordShingles("المقبل العام سيبدأ المشروع إن الوزير قال").jaccard(WordShingles(text)) == 0)
        #expect(WordShingles("").jaccard(WordShingles("")) == 0)
    }

    /// The prefilter of near-duplicates: a page holds its body's shingles but for the two
    /// made across each joint of paragraphs that furniture separated on the page.
    @Test func aPageHoldsItsBodysShinglesButThoseAcrossJoints() {
        let first = "قال الوزير إن المشروع سيبدأ العام المقبل"
        let second = "وأضاف أن التمويل متوفر بالكامل من الموازنة العامة"
        let body = WordShingles(first + "\n" + second)
        let page = "الرئيسية | أخبار\n" + first + "\nصورة أرشيفية للوزير\n" + second + "\nجميع الحقوق محفوظة"
        #expect(body.shingles.count == 13)  // 7 + 8 words
        #expect(body.sharedCount(withWholeOf: page) == 11)
        #expect(body.sharedCount(withWholeOf: first + "\n" + second) == 13)
        #expect(body.sharedCount(withWholeOf: "خبر آخر عن موضوع مختلف تماما في مكان بعيد") == 0)
    }
}
