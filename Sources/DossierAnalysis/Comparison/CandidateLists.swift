/// Each passage's candidates, the passages of later articles it is scored against
/// (`PassageComparison.candidates(of:after:postings:counts:)`), stored end to end: for each
/// candidate, how many shingles it shares with the passage; for each passage, whether it had
/// more candidates than it kept.
package struct CandidateLists: Sendable, Equatable {
    /// Where each passage's candidates start in `others`, and where the last one's end.
    private var starts: [Int32] = [0]
    /// The candidates of every passage, ascending within each passage's list.
    package private(set) var others: [Int32] = []
    /// The shingles each candidate shares with its passage, parallel to `others`.
    package private(set) var counts: [UInt16] = []
    /// Whether each passage had more candidates than the comparison keeps (its list is then
    /// those sharing the most shingles), or may have had: a list taken from the previous build
    /// keeps its mark when passages it cut are gone, which it cannot see. A mark set for
    /// nothing only makes a later build choose that list anew where it could have taken it.
    package private(set) var truncated: [Bool] = []

    /// No lists.
    package init() {}

    /// Lists read back from a record: `starts` as `range(of:)` reads them. Nil when they do not
    /// fit one another.
    package init?(starts: [Int32], others: [Int32], counts: [UInt16], truncated: [Bool]) {
        guard starts.first == 0, starts.count == truncated.count + 1, others.count == counts.count,
            starts.last.map(Int.init) == others.count, zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 })
        else { return nil }
        (self.starts, self.others, self.counts, self.truncated) = (starts, others, counts, truncated)
    }

    /// How many passages have a list.
    package var passageCount: Int { truncated.count }

    /// The start of each list and the end of the last, as stored.
    package var listStarts: [Int32] { starts }

    /// Where passage `passage`'s candidates are in `others` and `counts`.
    package func range(of passage: Int) -> Range<Int> { Int(starts[passage])..<Int(starts[passage + 1]) }

    /// Appends the next passage's list: `others` ascending, each sharing `counts` shingles.
    package mutating func append<Others: Sequence<Int32>, Counts: Sequence<UInt16>>(
        others: Others, counts: Counts, truncated: Bool
    ) {
        self.others.append(contentsOf: others)
        self.counts.append(contentsOf: counts)
        starts.append(Int32(self.others.count))
        self.truncated.append(truncated)
    }

    /// Appends list `passage` of `lists`.
    package mutating func appendList(_ passage: Int, of lists: CandidateLists) {
        let range = lists.range(of: passage)
        append(others: lists.others[range], counts: lists.counts[range], truncated: lists.truncated[passage])
    }
}
