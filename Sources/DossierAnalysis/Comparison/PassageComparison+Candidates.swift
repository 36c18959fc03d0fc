import Algorithms
import Foundation

// Candidate generation: which passages each passage is scored against.
extension PassageComparison {
    /// The last passage of each passage's article: passages are in article order, so the other
    /// articles' passages after a passage are those after its article's last one.
    static func lastOfArticle(_ passages: [Passage]) -> [Int] {
        var last = Array(passages.indices)
        for index in passages.indices.reversed().dropFirst()
        where passages[index + 1].articleIndex == passages[index].articleIndex {
            last[index] = last[index + 1]
        }
        return last
    }

    /// The passages after `passage` of other articles sharing shingles with it (through the
    /// inverted index, skipping boilerplate shingles), ascending, with how many shingles each
    /// shares; at most `maximumCandidates`, those sharing the most shingles (ties to the
    /// earlier passage), `truncated` when there were more. `end` is the last passage of its
    /// article: the other articles' passages after it are those after `end`. `counts` is all
    /// zeros on entry and on return (a scratch array reused across calls).
    func candidates(
        of passage: Passage, after end: Int, postings: PostingTable, counts: inout [UInt16]
    ) -> (others: [Int], counts: [UInt16], truncated: Bool) {
        var touched: [Int] = []
        // Unchecked buffers: this loop runs over every posting of every passage, and the
        // arrays' bounds and uniqueness checks were a tenth of its time.
        postings.entries.withUnsafeBufferPointer { entries in
            counts.withUnsafeMutableBufferPointer { counts in
                for shingle in passage.shingles {
                    let list = postings.range(of: shingle)
                    guard list.count <= options.maximumPostings else { continue }
                    // Posting lists are ascending: start after the article rather than filter up to it.
                    for position in postings.firstPosition(in: list, after: end)..<list.upperBound {
                        let other = Int(entries[position])
                        let count = counts[other]
                        if count == 0 { touched.append(other) }
                        // Saturating: a pair sharing 65,535 shingles or more counts as sharing 65,535.
                        counts[other] = count == .max ? count : count + 1
                    }
                }
            }
        }
        let truncated = touched.count > options.maximumCandidates
        var found = touched
        if truncated { found = Self.mostShared(touched, counts: counts, limit: options.maximumCandidates) }
        found.sort()
        let shared = found.map { counts[$0] }
        for other in touched { counts[other] = 0 }
        return (found, shared, truncated)
    }

    /// The candidates of the passages at `indices` (`candidates(of:after:postings:counts:)`),
    /// in the order of `indices`, chosen in interleaved slices on all cores.
    func candidateLists(of indices: [Int], in passages: [Passage], postings: PostingTable, articleEnd: [Int])
        -> CandidateLists
    {
        guard !indices.isEmpty else { return CandidateLists() }
        let slices = max(1, min(indices.count, ProcessInfo.processInfo.activeProcessorCount * 4))
        let chosen = Array(0..<slices).concurrentMap { slice -> CandidateLists.Slice in
            // Two bytes a passage: the 13,000 passages of 1,000 articles take 26 KB, which the
            // first-level cache holds (eight bytes a passage took 104 KB).
            var counts = Array(repeating: UInt16(0), count: passages.count)
            var lists = CandidateLists.Slice()
            for position in stride(from: slice, to: indices.count, by: slices) {
                let index = indices[position]
                let found = candidates(
                    of: passages[index], after: articleEnd[index], postings: postings, counts: &counts)
                lists.append(
                    others: found.others.lazy.map { Int32($0) }, counts: found.counts, truncated: found.truncated)
            }
            return lists
        }
        return CandidateLists(interleaving: chosen)
    }

    /// The `limit` passages of `touched` with the highest `counts`, ties to the lower index:
    /// the counts' threshold is found from their histogram, and of the passages tied at the
    /// threshold only the lowest needed are selected (`min(count:)`), not all sorted: at
    /// 10,000 articles most passages touch thousands of others, and sorting the tied ones
    /// was a third of this function.
    static func mostShared(_ touched: [Int], counts: [UInt16], limit: Int) -> [Int] {
        let highest = touched.reduce(0) { max($0, Int(counts[$1])) }
        var histogram = Array(repeating: 0, count: highest + 1)
        for other in touched { histogram[Int(counts[other])] += 1 }
        var threshold = highest
        var above = 0
        while threshold > 0, above + histogram[threshold] < limit {
            above += histogram[threshold]
            threshold -= 1
        }
        var chosen: [Int] = []
        chosen.reserveCapacity(limit)
        var tied: [Int] = []
        for other in touched {
            let count = Int(counts[other])
            if count > threshold {
                chosen.append(other)
            } else if count == threshold {
                tied.append(other)
            }
        }
        return chosen + tied.min(count: limit - chosen.count)
    }
}
