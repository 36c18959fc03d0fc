import Algorithms

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
    /// inverted index, skipping boilerplate shingles), ascending; at most `maximumCandidates`,
    /// those sharing the most shingles (ties to the earlier passage). `end` is the last
    /// passage of its article: the other articles' passages after it are those after `end`.
    /// `counts` is all zeros on entry and on return (a scratch array reused across calls).
    func candidates(
        of passage: Passage, after end: Int, postings: PostingTable, counts: inout [UInt16]
    ) -> [Int] {
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
        var found = touched
        if found.count > options.maximumCandidates {
            found = Self.mostShared(touched, counts: counts, limit: options.maximumCandidates)
        }
        for other in touched { counts[other] = 0 }
        return found.sorted()
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
