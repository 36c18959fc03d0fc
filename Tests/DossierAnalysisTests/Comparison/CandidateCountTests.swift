import Testing

@testable import DossierAnalysis

/// Candidate generation counts shared shingles in two bytes a passage: a pair sharing more
/// shingles than that stays counted at the most and is listed once, never wrapped to zero.
@Suite struct CandidateCountTests {
    @Test(arguments: [(65_536, 1, [1]), (70_000, 64, [1, 2])])
    func countsSaturateRatherThanWrap(sharedShingles: Int, maximumCandidates: Int, expected: [Int]) {
        let shared = Array(0..<sharedShingles)
        // Passage 0 shares every shingle with passage 1 (another article) and one with passage 2.
        let passages = [
            passage(article: 0, shingles: shared), passage(article: 1, shingles: shared),
            passage(article: 2, shingles: [0]),
        ]
        let postings = PostingTable(passages.map(\.shingles))
        var counts = Array(repeating: UInt16(0), count: passages.count)
        let comparison = PassageComparison(
            options: .init(maximumPostings: 10, maximumCandidates: maximumCandidates))
        let found = comparison.candidates(of: passages[0], after: 0, postings: postings, counts: &counts).others
        // Wrapped, a count of 65,536 is 0 and loses to passage 2's 1, and a count past it
        // lists passage 1 a second time when it leaves 0 again.
        #expect(found == expected)
        #expect(counts.allSatisfy { $0 == 0 })
    }

    private func passage(article: Int, shingles: [Int]) -> PassageComparison.Passage {
        PassageComparison.Passage(articleIndex: article, keys: [], shingles: shingles)
    }
}
