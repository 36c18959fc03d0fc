/// The candidates a comparison chose (`CandidateLists`), kept in its record with what the
/// next build needs to tell which still hold (`PassageComparison.updatedCandidates`): each
/// passage's location and signature (its terms, `PassageComparison.PreparedPassages`), and
/// the shingles that generated no candidates for being in too many passages, by
/// `StableHash`; what scoring learnt of each candidate (`ScoreBound`); and how many passages
/// had each key (`KeyFrequencies`), which bounds how far the weights moved since.
///
/// Choosing candidates, a walk over the posting lists of every shingle of every passage, was
/// four fifths of comparing 1,000 articles; an article added changes the lists of the passages
/// sharing shingles with it, not the others'.
package struct RecordedCandidates: Sendable, Equatable {
    /// What the candidates were chosen under (the options and the binary): lists chosen under
    /// another basis are not taken.
    package let basis: String
    package let locations: [PassageLocation]
    package let signatures: [UInt64]
    package let lists: CandidateLists
    /// The `StableHash` of each boilerplate shingle, ascending.
    package let boilerplate: [UInt64]
    /// A `ScoreBound` for each candidate of each list, list after list.
    package let bounds: [UInt8]
    /// How many passages had each key.
    package let frequencies: KeyFrequencies

    /// Candidates chosen under `basis`: `lists` of the passages at `locations` with
    /// `signatures`, with the `boilerplate` shingles' hashes, the `bounds` of the candidates
    /// (all `ScoreBound.unknown` when not given) and the keys' `frequencies` (none known when
    /// not given).
    package init(
        basis: String, locations: [PassageLocation], signatures: [UInt64], lists: CandidateLists,
        boilerplate: [UInt64], bounds: [UInt8]? = nil, frequencies: KeyFrequencies = KeyFrequencies()
    ) {
        self.basis = basis
        self.locations = locations
        self.signatures = signatures
        self.lists = lists
        self.boilerplate = boilerplate.sorted()
        self.bounds = bounds ?? Array(repeating: ScoreBound.unknown, count: lists.candidateCount)
        self.frequencies = frequencies
    }

    /// Whether the parts have one entry per passage and every candidate is a passage.
    package var isConsistent: Bool {
        locations.count == signatures.count && lists.passageCount == locations.count
            && bounds.count == lists.candidateCount
            && (0..<lists.passageCount).allSatisfy { passage in
                lists.others(of: passage).allSatisfy { $0 >= 0 && Int($0) < locations.count }
            }
    }
}
