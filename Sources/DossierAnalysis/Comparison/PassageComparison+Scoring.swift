import DossierModel
import Foundation

// Scoring the candidates: each pair's IDF-weighted containment, and what is learnt of the pairs
// not reported, for the next build (`ScoreBound`).
extension PassageComparison {
    /// Scoring a pair stops once its words left cannot bring it to this share of the threshold,
    /// not to the threshold itself: the bound it leaves (`ScoreBound`) is then far enough under
    /// the threshold for the next build to take it, where stopping at the threshold left most
    /// bounds within a step or two of it. A few more words a pair; the pairs reported are the same.
    static let cutShare = 0.97

    /// The pairs of candidates (`lists`) that reach the threshold, in (first, second) order, a
    /// `ScoreBound` for every candidate, list after list, and how many passages have each key
    /// (whose hashes are `keyHashes`). When the candidates were updated from the previous
    /// build's (`update`), a pair of passages unchanged since keeps its recorded bound, widened
    /// by how far the weights of their words can have moved (`WeightDrift`), if it stays under
    /// the threshold: it is not scored again.
    func score(_ passages: [Passage], lists: CandidateLists, keyHashes: [UInt64], update: CandidateUpdate?)
        -> (pairs: [IndexedPair], bounds: [UInt8], frequencies: KeyFrequencies)
    {
        let keyCount = passages.reduce(0) { max($0, ($1.keys.last ?? -1) + 1) }
        var documentFrequency = Array(repeating: 0, count: keyCount)
        for passage in passages {
            for key in passage.keys { documentFrequency[key] += 1 }
        }
        let total = Double(passages.count)
        let idf = documentFrequency.map { log(1 + total / Double(max($0, 1))) }
        let weights = passages.map { $0.keys.reduce(0) { $0 + idf[$1] } }
        // Flat tables rather than an array per passage: scoring is bound by memory latency,
        // and each separate array costs a pointer chase.
        let keyLists = passages.map(\.keys)
        let keys = FlatLists(keyLists)
        let hashOf = { (key: Int) in key < keyHashes.count ? keyHashes[key] : 0 }
        let drift = update.map { update in
            WeightDrift(
                keys: keyLists, frequency: documentFrequency,
                previousFrequency: (0..<keyCount).map { update.previousFrequencies.count(of: hashOf($0)) },
                fresh: update.fresh, previousTotal: update.previousTotal)
        }
        let known = update?.bounds
        let starts = lists.starts

        // Passages are scored in interleaved slices on all cores. Each slice finds its pairs in
        // passage order, so taking the passages in turn from their slices puts every pair in
        // (first, second) order without sorting them (12-15 ms of one core for the quarter of a
        // million pairs of 1,000 articles).
        let slices = max(1, min(passages.count, ProcessInfo.processInfo.activeProcessorCount * 4))
        let scored = Array(0..<slices).concurrentMap { slice -> (pairs: [IndexedPair], bounds: [UInt8]) in
            var marks = KeyMarks(keyCount: keyCount)
            var found: [IndexedPair] = []
            var bounds: [UInt8] = []
            for index in stride(from: slice, to: passages.count, by: slices) {
                marks.mark(passages[index].keys, of: index)
                var position = starts[index]
                for other in lists.others(of: index).lazy.map(Int.init) {
                    defer { position += 1 }
                    if let known, let drift, let kept = drift.kept(known[position], index, other) {
                        bounds.append(kept)
                        continue
                    }
                    let lighter = max(min(weights[index], weights[other]), .leastNonzeroMagnitude)
                    let reported = options.threshold * lighter
                    let minimum = (count: options.minimumSharedWords, sum: reported * Self.cutShare)
                    switch marks.shared(keys, of: other, idf: idf, weight: weights[other], minimum: minimum) {
                    case .tooFew:
                        bounds.append(ScoreBound.never)
                    case .tooLight(let atMost):
                        bounds.append(ScoreBound.of(ratio: atMost / reported))
                    case .shared(let count, let sum):
                        if let pair = pair(
                            (index, keys.count(of: index)), (other, keys.count(of: other)), shared: (count, sum),
                            lighter: lighter)
                        {
                            found.append(pair)
                            bounds.append(ScoreBound.unknown)
                        } else {
                            bounds.append(
                                count < options.minimumSharedWords
                                    ? ScoreBound.never : ScoreBound.of(ratio: sum / reported))
                        }
                    }
                }
            }
            return (found, bounds)
        }
        return (
            Self.interleaved(scored.map { $0.pairs }, passageCount: passages.count),
            Self.interleaved(scored.map { $0.bounds }, starts: starts),
            KeyFrequencies(hashes: (0..<keyCount).map(hashOf), counts: documentFrequency)
        )
    }

    /// The pairs of `slices` (slice `s` found those of passages `s`, `s + slices.count`, …, each
    /// in (first, second) order) in (first, second) order.
    private static func interleaved(_ slices: [[IndexedPair]], passageCount: Int) -> [IndexedPair] {
        var pairs: [IndexedPair] = []
        pairs.reserveCapacity(slices.reduce(0) { $0 + $1.count })
        var next = Array(repeating: 0, count: slices.count)
        for index in 0..<passageCount {
            let slice = index % slices.count
            while next[slice] < slices[slice].count, slices[slice][next[slice]].first == index {
                pairs.append(slices[slice][next[slice]])
                next[slice] += 1
            }
        }
        return pairs
    }

    /// The bounds of every candidate in passage order, from `slices` (slice `s` scored the
    /// lists of passages `s`, `s + slices.count`, …, in order), the lists laid end to end at
    /// `starts`.
    private static func interleaved(_ slices: [[UInt8]], starts: [Int]) -> [UInt8] {
        var bounds: [UInt8] = []
        bounds.reserveCapacity(starts.last ?? 0)
        var next = Array(repeating: 0, count: slices.count)
        for passage in 0..<(starts.count - 1) {
            let (slice, length) = (passage % slices.count, starts[passage + 1] - starts[passage])
            bounds.append(contentsOf: slices[slice][next[slice]..<next[slice] + length])
            next[slice] += length
        }
        return bounds
    }

    /// The pair of passages `a` and `b` (each with its number of distinct keys), when they
    /// share enough weighted words: `shared` is how many keys they share and the sum of those
    /// keys' weights, and `lighter` the smaller of their total key weights (at least the least
    /// positive number).
    private func pair(
        _ a: (index: Int, keyCount: Int), _ b: (index: Int, keyCount: Int), shared: (count: Int, sum: Double),
        lighter: Double
    ) -> IndexedPair? {
        guard shared.count >= options.minimumSharedWords else { return nil }
        let score = shared.sum / lighter
        guard score >= options.threshold else { return nil }
        return IndexedPair(
            first: a.index, second: b.index, score: min(score, 1),
            wordOverlap: Double(shared.count) / Double(max(min(a.keyCount, b.keyCount), 1)))
    }
}
