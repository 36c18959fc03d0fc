import Foundation
import Testing

@testable import DossierSite

/// Pagefind's folding of a word: what it drops and maps, and a cost linear in the word's length.
struct TermCollectorTests {
    @Test(arguments: [
        ("أَحْمَد", "احمد"), ("إيـران", "ايران"), ("آمال", "امال"), ("Putin", "putin"), ("ÉCOLE", "école"),
    ])
    func foldsLikePagefind(word: String, folded: String) {
        #expect(TermCollector.pagefindFold(word) == folded)
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
