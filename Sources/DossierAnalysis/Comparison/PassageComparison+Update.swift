import Foundation

// Choosing candidates again only where the dossier changed: the lists a passage keeps are
// those of the previous build, less the passages gone, with the new passages that share
// shingles with it, so long as that is what choosing anew would give.
extension PassageComparison {
    /// One candidate of a list: the passage, the shingles it shares, and what is known of the
    /// pair's score (`ScoreBound`).
    typealias Candidate = (other: Int32, count: UInt16, bound: UInt8)

    /// The candidates `updatedCandidates` takes and chooses, with what the previous build
    /// knew of their scores and of its words' weights.
    struct CandidateUpdate {
        let lists: CandidateLists
        /// The `ScoreBound` recorded for each candidate (`unknown` for a candidate it did not
        /// have), list after list.
        let bounds: [UInt8]
        /// Which passages are new or changed since the previous build.
        let fresh: [Bool]
        /// How many passages the previous build compared, and how many had each key: how far
        /// the weights moved since (`WeightDrift`).
        let previousTotal: Int
        let previousFrequencies: KeyFrequencies
    }

    /// The candidates of every passage of `prepared`, as `candidateLists(of:in:postings:articleEnd:)`
    /// would choose them, taken from `recorded` where they still hold; nil when too much
    /// changed for that to pay (then they are all chosen anew).
    ///
    /// A passage whose signature and location are the recorded ones keeps its recorded list
    /// (less the passages that are gone) with the new passages sharing shingles with it, the
    /// `maximumCandidates` sharing the most kept: the shingles two unchanged passages share are
    /// the same, so their count is. Chosen anew are the new passages, those with a shingle that
    /// became boilerplate or stopped being one (the counts through it changed), and those that
    /// had more candidates than they kept and lost one (the next in line is not recorded).
    func updatedCandidates(
        _ prepared: PreparedPassages, postings: PostingTable, articleEnd: [Int], shingles: ShingleTable,
        from recorded: RecordedCandidates
    ) -> CandidateUpdate? {
        let passages = prepared.passages
        guard recorded.isConsistent, !passages.isEmpty else { return nil }
        let (recordedFor, current) = Self.match(prepared, recorded)
        let fresh = passages.indices.filter { recordedFor[$0] < 0 }
        // Updating costs a walk from each new passage; past a quarter, choosing anew is as quick.
        guard fresh.count * 4 <= passages.count else { return nil }
        var anew = Array(repeating: false, count: passages.count)
        for index in fresh { anew[index] = true }
        let isFresh = anew
        markChangedBoilerplate(&anew, postings: postings, shingles: shingles, recorded: recorded.boilerplate)
        for index in passages.indices where !anew[index] {
            let old = Int(recordedFor[index])
            guard recorded.lists.isTruncated(old) else { continue }
            if recorded.lists.others(of: old).contains(where: { current[Int($0)] < 0 }) { anew[index] = true }
        }
        let added = additions(from: fresh, passages: passages, postings: postings, keeping: anew)
        let chosenAnew = passages.indices.filter { anew[$0] }
        let chosen = candidateLists(of: chosenAnew, in: passages, postings: postings, articleEnd: articleEnd)
        // Where each passage chosen anew has its list in `chosen`.
        var chosenNumber = Array(repeating: -1, count: passages.count)
        for (number, index) in chosenAnew.enumerated() { chosenNumber[index] = number }
        let taken = TakenLists(
            recorded: recorded, recordedStarts: recorded.lists.starts, recordedFor: recordedFor, current: current,
            chosen: chosen, chosenNumber: chosenNumber, added: added, limit: options.maximumCandidates)
        // Contiguous runs of passages on every core, laid end to end in passage order.
        let pieces = max(1, min(passages.count, ProcessInfo.processInfo.activeProcessorCount * 2))
        let runs = (0..<pieces).map { piece in
            (passages.count * piece / pieces)..<(passages.count * (piece + 1) / pieces)
        }
        let parts = runs.concurrentMap { run in taken.lists(of: run) }
        return CandidateUpdate(
            lists: CandidateLists(concatenating: parts.map(\.lists)), bounds: Array(parts.map(\.bounds).joined()),
            fresh: isFresh, previousTotal: recorded.locations.count, previousFrequencies: recorded.frequencies)
    }

    /// What `updatedCandidates` takes each passage's list from: the recorded lists (with their
    /// bounds), where each passage was and is, the lists chosen anew, and the new passages
    /// sharing shingles with each unchanged one.
    private struct TakenLists: Sendable {
        let recorded: RecordedCandidates
        let recordedStarts: [Int]
        let recordedFor: [Int32]
        let current: [Int32]
        let chosen: CandidateLists
        /// For each passage chosen anew, the number of its list in `chosen`; -1 for the others.
        let chosenNumber: [Int]
        let added: [Int: [(other: Int32, count: UInt16)]]
        let limit: Int

        /// The lists of the passages of `run`, in order, and their candidates' bounds.
        func lists(of run: Range<Int>) -> (lists: CandidateLists.Slice, bounds: [UInt8]) {
            var lists = CandidateLists.Slice()
            var bounds: [UInt8] = []
            for index in run {
                let number = chosenNumber[index]
                if number >= 0 {
                    let others = chosen.others(of: number)
                    lists.append(
                        others: others, counts: chosen.counts(of: number), truncated: chosen.isTruncated(number))
                    bounds.append(contentsOf: repeatElement(ScoreBound.unknown, count: others.count))
                    continue
                }
                let old = Int(recordedFor[index])
                let (recordedOthers, recordedCounts) = (recorded.lists.others(of: old), recorded.lists.counts(of: old))
                let recordedBounds = recorded.bounds[recordedStarts[old]..<recordedStarts[old + 1]]
                // Most lists gain nothing and lose nothing: renumbered, their counts copied as they are.
                if added[index] == nil, recordedOthers.allSatisfy({ current[Int($0)] >= 0 }) {
                    lists.append(
                        others: recordedOthers.map { current[Int($0)] }, counts: recordedCounts,
                        truncated: recorded.lists.isTruncated(old))
                    bounds.append(contentsOf: recordedBounds)
                    continue
                }
                // Passages keep their order, so the recorded list stays ascending once renumbered,
                // and merging it with the (ascending) additions keeps it so.
                var kept = PassageComparison.merged(
                    zip(zip(recordedOthers, recordedCounts), recordedBounds).compactMap { candidate, bound in
                        current[Int(candidate.0)] >= 0 ? (current[Int(candidate.0)], candidate.1, bound) : nil
                    }, (added[index] ?? []).map { ($0.other, $0.count, ScoreBound.unknown) })
                var truncated = recorded.lists.isTruncated(old)
                if kept.count > limit {
                    truncated = true
                    PassageComparison.dropWeakest(&kept, keeping: limit)
                }
                lists.append(others: kept.map(\.other), counts: kept.map(\.count), truncated: truncated)
                bounds.append(contentsOf: kept.map(\.bound))
            }
            return (lists, bounds)
        }
    }

    /// `list` (ascending by passage) cut to the `limit` candidates sharing the most shingles,
    /// the earlier passage first among equals, as `candidateLists` keeps them, still ascending.
    /// A full list that gained a candidate or two loses its weakest where it is, rather than
    /// being sorted by strength and back.
    fileprivate static func dropWeakest(_ list: inout [Candidate], keeping limit: Int) {
        guard list.count - limit <= 4 else {
            list.sort { $0.count != $1.count ? $0.count > $1.count : $0.other < $1.other }
            list.removeLast(list.count - limit)
            list.sort { $0.other < $1.other }
            return
        }
        while list.count > limit {
            var weakest = 0
            for index in list.indices.dropFirst() where list[index].count <= list[weakest].count {
                weakest = index
            }
            list.remove(at: weakest)
        }
    }

    /// The candidates of `a` and `b`, each ascending by passage and sharing none, in one
    /// ascending list.
    fileprivate static func merged(_ a: [Candidate], _ b: [Candidate]) -> [Candidate] {
        guard !b.isEmpty else { return a }
        var merged: [Candidate] = []
        merged.reserveCapacity(a.count + b.count)
        var (i, j) = (0, 0)
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i].other < b[j].other) {
                merged.append(a[i])
                i += 1
            } else {
                merged.append(b[j])
                j += 1
            }
        }
        return merged
    }

    /// For each passage of `prepared`, the recorded passage it is (same location and
    /// signature), or -1; and for each recorded passage, the passage it is now, or -1. Both
    /// lists are in location order (article id, then paragraph), so they are walked side by
    /// side rather than hashed: a quarter of a million locations at 10,000 articles.
    private static func match(_ prepared: PreparedPassages, _ recorded: RecordedCandidates) -> (
        recordedFor: [Int32], current: [Int32]
    ) {
        let (now, then) = (prepared.locations, recorded.locations)
        var recordedFor = Array(repeating: Int32(-1), count: now.count)
        var current = Array(repeating: Int32(-1), count: then.count)
        var (index, old) = (0, 0)
        while index < now.count, old < then.count {
            if now[index] == then[old] {
                if prepared.signatures[index] == recorded.signatures[old] {
                    recordedFor[index] = Int32(old)
                    current[old] = Int32(index)
                }
                index += 1
                old += 1
            } else if now[index] < then[old] {
                index += 1
            } else {
                old += 1
            }
        }
        return (recordedFor, current)
    }

    /// Marks in `anew` the passages having a shingle that is boilerplate now and was not, or
    /// was and is not (`recorded` holds the hashes of the shingles that were).
    private func markChangedBoilerplate(
        _ anew: inout [Bool], postings: PostingTable, shingles: ShingleTable, recorded: [UInt64]
    ) {
        let was = Set(recorded)
        for shingle in 0..<postings.shingleCount {
            let list = postings.range(of: shingle)
            guard (list.count > options.maximumPostings) != was.contains(shingles.stableHash(of: shingle)) else {
                continue
            }
            for position in list { anew[Int(postings.entries[position])] = true }
        }
    }

    /// For each passage not chosen anew (`anew`), the passages of `fresh` (ascending) of later
    /// articles sharing shingles with it, each with the shingles it shares, ascending: a walk
    /// from each new passage over its shingles' posting lists, back to the earlier articles.
    private func additions(from fresh: [Int], passages: [Passage], postings: PostingTable, keeping anew: [Bool])
        -> [Int: [(other: Int32, count: UInt16)]]
    {
        var firstOfArticle = Array(passages.indices)
        for index in passages.indices.dropFirst() where passages[index - 1].articleIndex == passages[index].articleIndex
        {
            firstOfArticle[index] = firstOfArticle[index - 1]
        }
        var counts = Array(repeating: UInt16(0), count: passages.count)
        var added: [Int: [(other: Int32, count: UInt16)]] = [:]
        for index in fresh {
            var touched: [Int] = []
            for shingle in passages[index].shingles {
                let list = postings.range(of: shingle)
                guard list.count <= options.maximumPostings else { continue }
                for position in list {
                    let other = Int(postings.entries[position])
                    guard other < firstOfArticle[index] else { break }
                    guard !anew[other] else { continue }
                    if counts[other] == 0 { touched.append(other) }
                    counts[other] = counts[other] == .max ? .max : counts[other] + 1
                }
            }
            for other in touched {
                added[other, default: []].append((Int32(index), counts[other]))
                counts[other] = 0
            }
        }
        return added
    }
}
