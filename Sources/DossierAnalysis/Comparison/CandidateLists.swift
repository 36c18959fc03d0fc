/// Each passage's candidates, the passages of later articles it is scored against
/// (`PassageComparison.candidates(of:after:postings:counts:)`): for each candidate, how many
/// shingles it shares with the passage; for each passage, whether it had more candidates than
/// it kept.
///
/// The lists are stored end to end in interleaved slices, as the comparison chooses them on
/// all cores: passage `p`'s list is list `p / n` of slice `p % n`. Kept as chosen, not copied
/// into one array: the lists of 10,000 articles take 50 MB.
package struct CandidateLists: Sendable {
    /// One slice's lists, end to end.
    package struct Slice: Sendable {
        /// Where each list starts in `others`, and where the last one ends.
        fileprivate var starts: [Int32] = [0]
        /// The candidates, ascending within each list.
        fileprivate var others: [Int32] = []
        /// The shingles each candidate shares with its passage, parallel to `others`.
        fileprivate var counts: [UInt16] = []
        /// Whether each list's passage had more candidates than the comparison keeps (its list
        /// is then those sharing the most shingles), or may have had: a list taken from the
        /// previous build keeps its mark when passages it cut are gone, which it cannot see. A
        /// mark set for nothing only makes a later build choose that list anew where it could
        /// have taken it.
        fileprivate var truncated: [Bool] = []

        /// No lists.
        package init() {}

        /// Lists stored as given.
        fileprivate init(starts: [Int32], others: [Int32], counts: [UInt16], truncated: [Bool]) {
            (self.starts, self.others, self.counts, self.truncated) = (starts, others, counts, truncated)
        }

        /// Appends a list: `others` ascending, each sharing `counts` shingles.
        package mutating func append<Others: Sequence<Int32>, Counts: Sequence<UInt16>>(
            others: Others, counts: Counts, truncated: Bool
        ) {
            self.others.append(contentsOf: others)
            self.counts.append(contentsOf: counts)
            starts.append(Int32(self.others.count))
            self.truncated.append(truncated)
        }
    }

    private var slices: [Slice]

    /// No lists.
    package init() { slices = [Slice()] }

    /// The lists of `slices`, interleaved: passage `p`'s is list `p / slices.count` of slice
    /// `p % slices.count`.
    package init(interleaving slices: [Slice]) { self.slices = slices.isEmpty ? [Slice()] : slices }

    /// The lists of `parts`, each a run of passages' lists in order, laid end to end.
    package init(concatenating parts: [Slice]) {
        var whole = Slice()
        whole.starts.reserveCapacity(parts.reduce(1) { $0 + $1.truncated.count })
        whole.others.reserveCapacity(parts.reduce(0) { $0 + $1.others.count })
        whole.counts.reserveCapacity(whole.others.capacity)
        for part in parts {
            let offset = Int32(whole.others.count)
            whole.starts.append(contentsOf: part.starts.dropFirst().lazy.map { $0 + offset })
            whole.others.append(contentsOf: part.others)
            whole.counts.append(contentsOf: part.counts)
            whole.truncated.append(contentsOf: part.truncated)
        }
        slices = [whole]
    }

    /// Lists read back from a record: each passage's number of candidates (`lengths`), the
    /// candidates and counts of every list end to end, and the marks. Nil when they do not fit
    /// one another.
    package init?(lengths: [UInt32], others: [Int32], counts: [UInt16], truncated: [Bool]) {
        guard lengths.count == truncated.count, others.count == counts.count,
            lengths.reduce(0, { $0 + Int($1) }) == others.count
        else { return nil }
        var starts: [Int32] = [0]
        starts.reserveCapacity(lengths.count + 1)
        for length in lengths { starts.append(starts[starts.count - 1] + Int32(length)) }
        slices = [Slice(starts: starts, others: others, counts: counts, truncated: truncated)]
    }

    /// How many passages have a list.
    package var passageCount: Int { slices.reduce(0) { $0 + $1.truncated.count } }

    /// How many candidates the lists hold in all.
    package var candidateCount: Int { slices.reduce(0) { $0 + $1.others.count } }

    /// Where each passage's list starts in the lists laid end to end in passage order, and
    /// where the last one ends.
    package var starts: [Int] {
        var starts = [0]
        starts.reserveCapacity(passageCount + 1)
        for passage in 0..<passageCount { starts.append(starts[passage] + others(of: passage).count) }
        return starts
    }

    /// The candidates of passage `passage`, ascending.
    package func others(of passage: Int) -> ArraySlice<Int32> {
        let (slice, list) = place(of: passage)
        return slices[slice].others[range(of: list, in: slice)]
    }

    /// How many shingles each candidate of passage `passage` shares with it.
    package func counts(of passage: Int) -> ArraySlice<UInt16> {
        let (slice, list) = place(of: passage)
        return slices[slice].counts[range(of: list, in: slice)]
    }

    /// Whether passage `passage` had, or may have had, more candidates than it kept.
    package func isTruncated(_ passage: Int) -> Bool {
        let (slice, list) = place(of: passage)
        return slices[slice].truncated[list]
    }

    /// The index of the slice holding passage `passage`'s list, and the list's place in it:
    /// indices, not the slice, whose copy would retain and release its four arrays.
    private func place(of passage: Int) -> (slice: Int, list: Int) {
        (passage % slices.count, passage / slices.count)
    }

    /// Where list `list` of slice `slice` lies in the slice's `others` and `counts`.
    private func range(of list: Int, in slice: Int) -> Range<Int> {
        Int(slices[slice].starts[list])..<Int(slices[slice].starts[list + 1])
    }
}

extension CandidateLists: Equatable {
    /// Lists are equal when every passage's are, however they are sliced.
    package static func == (lhs: CandidateLists, rhs: CandidateLists) -> Bool {
        lhs.passageCount == rhs.passageCount
            && (0..<lhs.passageCount).allSatisfy {
                lhs.others(of: $0) == rhs.others(of: $0) && lhs.counts(of: $0) == rhs.counts(of: $0)
                    && lhs.isTruncated($0) == rhs.isTruncated($0)
            }
    }
}
