/// How many passages had each key in a comparison, by the key's `StableHash`, kept in its
/// record (`RecordedCandidates.frequencies`) so that the next build knows how far each word's
/// weight has moved since (`WeightDrift`), whatever changed: articles added, removed or edited.
///
/// Key ids are ranks within one build; the hash of a key's stem names it across builds. The
/// table is sorted by hash and looked up by binary search. It costs twelve bytes a key in the
/// record: 16 KB for the generated 10,000-article dossier, whose vocabulary is small.
package struct KeyFrequencies: Sendable, Equatable {
    /// The keys' hashes, ascending.
    package let hashes: [UInt64]
    /// The number of passages having each key, parallel to `hashes`; 0 for a hash two keys
    /// shared, whose frequency is then not known.
    package let counts: [UInt32]

    /// No frequency known: every key's is 0.
    package init() {
        hashes = []
        counts = []
    }

    /// The frequencies `counts` of the keys whose hashes are `hashes`, by key id.
    package init(hashes keyHashes: [UInt64], counts keyCounts: [Int]) {
        let order = keyHashes.indices.sorted { keyHashes[$0] < keyHashes[$1] }
        var hashes: [UInt64] = []
        var counts: [UInt32] = []
        hashes.reserveCapacity(order.count)
        counts.reserveCapacity(order.count)
        for key in order {
            if hashes.last == keyHashes[key] {
                counts[counts.count - 1] = 0
            } else {
                hashes.append(keyHashes[key])
                counts.append(UInt32(clamping: keyCounts[key]))
            }
        }
        self.hashes = hashes
        self.counts = counts
    }

    /// A table read back from a record: nil unless `hashes` ascend strictly and `counts` is
    /// parallel to them.
    package init?(sorted hashes: [UInt64], counts: [UInt32]) {
        guard hashes.count == counts.count, zip(hashes, hashes.dropFirst()).allSatisfy({ $0 < $1 }) else {
            return nil
        }
        self.hashes = hashes
        self.counts = counts
    }

    /// The number of passages that had the key whose hash is `hash`; 0 when none had it or it
    /// is not known.
    package func count(of hash: UInt64) -> Int {
        var (low, high) = (0, hashes.count)
        while low < high {
            let middle = (low + high) / 2
            if hashes[middle] < hash { low = middle + 1 } else { high = middle }
        }
        return low < hashes.count && hashes[low] == hash ? Int(counts[low]) : 0
    }
}
