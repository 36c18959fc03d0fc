// The flat tables the passage comparison scores from. Candidate generation and scoring are
// bound by memory latency, so lists are stored end to end in one array each rather than as an
// array per passage or shingle, whose headers each cost a pointer chase.

/// Lists of integers stored end to end in one array, each found by its start.
package struct FlatLists {
    private let starts: [Int32]
    private let values: [Int32]

    /// The lists in order.
    package init(_ lists: [[Int]]) {
        var starts: [Int32] = [0]
        starts.reserveCapacity(lists.count + 1)
        var values: [Int32] = []
        for list in lists {
            values += list.lazy.map { Int32($0) }
            starts.append(Int32(values.count))
        }
        self.starts = starts
        self.values = values
    }

    /// The length of list `index`.
    package func count(of index: Int) -> Int { Int(starts[index + 1] - starts[index]) }

    /// Calls `body` with the values of list `index`, in order, in an unchecked buffer.
    package func withValues<Result>(of index: Int, _ body: (UnsafeBufferPointer<Int32>) -> Result) -> Result {
        values.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(starts[index])..<Int(starts[index + 1])]))
        }
    }
}

/// For each shingle id, the passages (ascending) that have it, as ranges of one array.
package struct PostingTable {
    private let starts: [Int32]
    /// The passages of every shingle, shingle after shingle.
    package let entries: [Int32]

    /// The table of passages whose distinct shingle ids are `shingles`.
    package init(_ shingles: [[Int]]) {
        let shingleCount = shingles.reduce(0) { max($0, ($1.max() ?? -1) + 1) }
        var starts = Array(repeating: Int32(0), count: shingleCount + 1)
        for passage in shingles {
            for shingle in passage { starts[shingle + 1] += 1 }
        }
        for shingle in 0..<shingleCount { starts[shingle + 1] += starts[shingle] }
        var next = starts
        var entries = Array(repeating: Int32(0), count: Int(starts[shingleCount]))
        for (index, passage) in shingles.enumerated() {
            for shingle in passage {
                entries[Int(next[shingle])] = Int32(index)
                next[shingle] += 1
            }
        }
        self.starts = starts
        self.entries = entries
    }

    /// How many shingles the table has lists for.
    package var shingleCount: Int { starts.count - 1 }

    /// Where the passages of `shingle` are in `entries`.
    package func range(of shingle: Int) -> Range<Int> { Int(starts[shingle])..<Int(starts[shingle + 1]) }

    /// The first position in `range` whose passage is after `index`.
    package func firstPosition(in range: Range<Int>, after index: Int) -> Int {
        var (low, high) = (range.lowerBound, range.upperBound)
        while low < high {
            let middle = (low + high) / 2
            if Int(entries[middle]) <= index { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// The keys of one passage marked in a table over every key: what another passage shares with
/// it is then found in one pass over the other's keys, rather than by merging both lists, which
/// mispredicted a branch at nearly every step.
package struct KeyMarks {
    /// For each key, the passage that marked it last (four bytes, not eight: the table is read
    /// at random, and half its size keeps more of it in the caches).
    private var owner: [Int32]
    private var current: Int32 = -1

    /// A table for keys `0..<keyCount`, none marked.
    package init(keyCount: Int) {
        owner = Array(repeating: -1, count: keyCount)
    }

    /// Marks `keys`, those of passage `passage`, replacing the previous passage's marks.
    package mutating func mark(_ keys: [Int], of passage: Int) {
        current = Int32(passage)
        for key in keys { owner[key] = current }
    }

    /// How many of the ascending keys of passage `passage` in `keys` are marked, and the sum of
    /// their weights added in ascending order (so the sum is the same in every run); or, as soon
    /// as the unmarked keys seen show that the count cannot reach `minimum.count` or the sum
    /// `minimum.sum`, which of the two it cannot reach, `weight` being the sum of all the
    /// passage's key weights. The sum test allows a rounding margin of a billionth of `weight`,
    /// far above the error of adding its terms, so a pair whose full sum reaches the minimum is
    /// never cut short; most candidates share few words, and end halfway through their keys.
    /// The tables are read through unchecked buffers: this runs for every candidate pair, and
    /// the checks of each read were a third of its time.
    package func shared(
        _ keys: FlatLists, of passage: Int, idf: [Double], weight: Double, minimum: (count: Int, sum: Double)
    ) -> SharedKeys {
        var count = 0
        var sum = 0.0
        var unmarked = 0.0
        var misses = 0
        let current = current
        let unmarkedLimit = weight - minimum.sum + weight * 1e-9
        return owner.withUnsafeBufferPointer { owner in
            idf.withUnsafeBufferPointer { idf in
                keys.withValues(of: passage) { values in
                    let missLimit = values.count - minimum.count
                    for value in values {
                        let key = Int(value)
                        if owner[key] == current {
                            count &+= 1
                            sum += idf[key]
                        } else {
                            unmarked += idf[key]
                            misses &+= 1
                            if misses > missLimit { return .tooFew }
                            if unmarked > unmarkedLimit { return .tooLight(atMost: weight - unmarked) }
                        }
                    }
                    return .shared(count: count, sum: sum)
                }
            }
        }
    }
}

/// What a candidate shares with the marked passage (`KeyMarks.shared`), or why counting
/// stopped early.
package enum SharedKeys {
    /// Every key compared: how many the passages share, and the sum of their weights.
    case shared(count: Int, sum: Double)
    /// Too few keys are left to share the minimum count, whatever the weights.
    case tooFew
    /// The weight of the keys left cannot reach the minimum sum: the sum shared is at most
    /// `atMost`.
    case tooLight(atMost: Double)
}
