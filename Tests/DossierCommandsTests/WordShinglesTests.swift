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
}
