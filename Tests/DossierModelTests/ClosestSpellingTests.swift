import Testing

@testable import DossierModel

/// "Did you mean": a typo names the word it was meant to be; a word that is not near any
/// known one names none.
@Suite struct ClosestSpellingTests {
    @Test func aTypoNamesTheNearestWord() {
        let keys = ["title", "subtitle", "publish_originals", "base_url"]
        #expect(ClosestSpelling.of("titel", among: keys) == "title")
        #expect(ClosestSpelling.of("publish_original", among: keys) == "publish_originals")
        #expect(ClosestSpelling.of("baseurl", among: keys) == "base_url")
    }

    @Test func aWordFarFromEveryKnownOneNamesNone() {
        #expect(ClosestSpelling.of("autor", among: ["title", "outlet", "url"]) == nil)
        #expect(ClosestSpelling.of("anything", among: []) == nil)
    }

    @Test func tiesGoToTheFirstInByteOrder() {
        #expect(ClosestSpelling.of("cat", among: ["cot", "bat", "cab"]) == "bat")
    }

    @Test(arguments: [("", "", 0), ("kitten", "sitting", 3), ("ماسك", "ماسك", 0), ("ماسك", "ماكس", 2)])
    func editDistance(lhs: String, rhs: String, expected: Int) {
        #expect(ClosestSpelling.distance(lhs, rhs) == expected)
        #expect(ClosestSpelling.distance(rhs, lhs) == expected)
    }
}
