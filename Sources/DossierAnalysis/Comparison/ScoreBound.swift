import Foundation

/// What a comparison learnt of a candidate pair it did not report, one byte a candidate, kept
/// for the next build (`RecordedCandidates.bounds`): that the pair shares too few words ever
/// to be reported (`never`), or that its score is at most `bound / steps` of the threshold, or
/// nothing (`unknown`, also written for reported pairs, whose score is shown and so computed
/// every time).
///
/// Most candidates are not reported, and an article added or removed changes the weights of
/// the others' words only a little: `ln(1 + N / df)` moves by about `ΔN / N` for a word it does
/// not use. A rebuild takes the verdict of a pair neither of whose passages changed when its
/// bound, widened by how far their weights can have moved (`WeightDrift`), stays below the
/// threshold; it scores the others. The widened bound is recorded in turn, so bounds only
/// loosen from build to build until the pair is scored again.
package enum ScoreBound {
    /// The pair shares too few words to be reported, whatever the weights.
    package static let never: UInt8 = 0
    /// Nothing is known: the pair is scored.
    package static let unknown: UInt8 = 255
    /// The steps of the threshold a bound counts in: bound `b` is a score of at most
    /// `b / steps` of the threshold, and only bounds below `steps` are kept.
    static let steps = 250.0

    /// The bound of a pair whose score is at most `ratio` of the threshold (rounded up, with a
    /// margin far above the rounding error of the score); `unknown` when it may reach it.
    static func of(ratio: Double) -> UInt8 {
        let step = (ratio * steps * (1 + 1e-9)).rounded(.up)
        return step < steps ? UInt8(max(step, 1)) : unknown
    }

    /// `bound` once every weight of the pair's words may have been multiplied by a factor
    /// within `1 / factor ... factor` (so the score by at most `factor`, as the pair's words
    /// weigh more and its passages less); nil when the pair may then reach the threshold, or
    /// nothing was known.
    static func widened(_ bound: UInt8, by factor: Double) -> UInt8? {
        guard bound != unknown else { return nil }
        guard bound != never else { return never }
        let step = (Double(bound) * factor * (1 + 1e-9)).rounded(.up)
        return step < steps ? UInt8(step) : nil
    }
}

/// How far the weights of each passage's words can have moved since the previous build, from
/// how many passages had each word then (`previousFrequency`, of `previousTotal` passages) and
/// now (`frequency`), whatever changed in between.
///
/// A word's weight is `ln(1 + N / df)`; its ratio to the previous weight is in
/// `1 - δ ... 1 + δ`. A passage's factor is `(1 + δ) / (1 - δ)` for the largest `δ` of its
/// words, which bounds how much a score involving it can grow: the shared words weigh at
/// most `1 + δ` times more, the lighter passage at least `1 - δ` times as much. A new or changed
/// passage (`fresh`), or one with a word whose previous frequency is not known, gets an
/// infinite factor.
package struct WeightDrift {
    /// Each passage's factor.
    let factors: [Double]

    /// The drift of passages whose distinct keys are `keys`, `frequency` and
    /// `previousFrequency` the number of passages having each key now and in the previous
    /// build (0 when not known).
    init(keys: [[Int]], frequency: [Int], previousFrequency: [Int], fresh: [Bool], previousTotal: Int) {
        let (total, previous) = (Double(keys.count), Double(previousTotal))
        let delta = frequency.indices.map { key -> Double in
            let before = previousFrequency[key]
            guard before > 0, frequency[key] > 0, previousTotal > 0 else { return .infinity }
            let ratio = log(1 + total / Double(frequency[key])) / log(1 + previous / Double(before))
            return abs(ratio - 1) * (1 + 1e-9) + 1e-12
        }
        factors = keys.indices.map { passage in
            guard !fresh[passage] else { return .infinity }
            let largest = keys[passage].reduce(0.0) { max($0, delta[$1]) }
            return largest < 1 ? (1 + largest) / (1 - largest) : .infinity
        }
    }

    /// What is known of a pair of passages `first` and `second` whose bound was `bound` in
    /// the previous build, now: the widened bound, or nil when the pair must be scored.
    func kept(_ bound: UInt8, _ first: Int, _ second: Int) -> UInt8? {
        ScoreBound.widened(bound, by: max(factors[first], factors[second]))
    }
}
