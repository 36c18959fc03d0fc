import Testing

@testable import DossierAnalysis

/// The comparison's interning tables give the ids a dictionary would: consecutive, in order of
/// first appearance, the same key always the same id, through every growth of the table.
@Suite struct ComparisonInterningTests {
    @Test func packedKeysGetTheIdsOfFirstAppearance() {
        var generator = SplitMix(seed: 7)
        // Few distinct keys among many draws, so most look-ups find a key already there, and
        // enough distinct ones that the table grows several times; 0 is a key like any other.
        let draws = [0, 1 << 32, 1] + (0..<40_000).map { _ in generator.next() % 9_000 &* 0x1_0000_0001 }
        var table = PackedKeyTable()
        var reference: [UInt64: Int] = [:]
        for key in draws {
            let expected = reference[key] ?? reference.count
            reference[key] = expected
            #expect(table.id(of: key) == expected)
        }
        #expect(table.count == reference.count)
        #expect(reference.count > 4_000)
    }

    @Test func shinglesAreNumberedByFirstAppearanceAndListedOncePerPassage() {
        var table = ShingleTable(size: 2)
        #expect(table.distinctRuns(of: [5, 6, 5, 6, 7]) == [0, 1, 2])  // (5 6) (6 5) (5 6) (6 7)
        #expect(table.distinctRuns(of: [6, 7, 5, 6]) == [2, 3, 0])  // (6 7) (7 5) (5 6)
        // A run listed by the call before is listed again, once.
        #expect(table.distinctRuns(of: [7, 5, 6, 7, 5]) == [3, 0, 2])  // (7 5) (5 6) (6 7) (7 5)
        var triples = ShingleTable(size: 3)
        #expect(triples.distinctRuns(of: [1, 2, 3, 1, 2, 3]) == [0, 1, 2])
        #expect(triples.distinctRuns(of: [3, 1, 2]) == [2])
    }

    @Test(arguments: [[], [3], [3, 3, 3], [9, 1, 9, 4, 1, 0], [2, 1]])
    func distinctValuesAscending(values: [Int]) {
        #expect(ascendingDistinct(values) == Array(Set(values)).sorted())
    }
}
