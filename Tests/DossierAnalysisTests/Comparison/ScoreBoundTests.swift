import Foundation
import Testing

@testable import DossierAnalysis

/// The bounds a comparison keeps of the pairs it does not report, and how far a rebuild lets
/// them stretch.
@Suite struct ScoreBoundTests {
    @Test func aBoundIsRoundedUpAndNeverReachesTheThreshold() {
        #expect(ScoreBound.of(ratio: 0.5) == 126)
        #expect(ScoreBound.of(ratio: 0.0) == 1)
        #expect(ScoreBound.of(ratio: 0.995) == 249)
        #expect(ScoreBound.of(ratio: 0.997) == ScoreBound.unknown)
        #expect(ScoreBound.of(ratio: 1.2) == ScoreBound.unknown)
    }

    @Test func widenedBoundsAreKeptOnlyBelowTheThreshold() {
        #expect(ScoreBound.widened(125, by: 1.01) == 127)
        #expect(ScoreBound.widened(248, by: 1.01) == nil)
        #expect(ScoreBound.widened(ScoreBound.never, by: 100) == ScoreBound.never)
        #expect(ScoreBound.widened(ScoreBound.unknown, by: 1) == nil)
        #expect(ScoreBound.widened(125, by: .infinity) == nil)
    }

    @Test func weightsDriftLittleForPassagesWithoutTheNewWords() {
        // Four passages before, one added (the last): key 0 is everywhere, key 1 only in the
        // first two, key 2 only in the new one, key 3 in the third and the new one.
        let keys = [[0, 1], [0, 1], [0, 3], [0], [0, 2, 3]]
        let drift = WeightDrift(
            keys: keys, frequency: [5, 2, 1, 2], previousFrequency: [4, 2, 0, 1],
            fresh: [false, false, false, false, true], previousTotal: 4)
        #expect(drift.factors[4] == .infinity)
        // Passage 2 shares key 3, whose frequency doubled: its weights moved most.
        #expect(drift.factors[2] > drift.factors[0])
        #expect(drift.factors[0] > 1 && drift.factors[0].isFinite)
        #expect(drift.kept(100, 0, 1) == ScoreBound.widened(100, by: drift.factors[0]))
        #expect(drift.kept(100, 0, 4) == nil)
    }

    @Test func weightsDriftWithTheFrequenciesOfPassagesRemoved() {
        // Six passages before; the two that had key 2 were removed, and with them two of the
        // six that had key 0. Key 1 is where it was.
        let keys = [[0, 1], [0, 1], [1, 3], [3]]
        let drift = WeightDrift(
            keys: keys, frequency: [2, 3, 0, 2], previousFrequency: [4, 3, 2, 2],
            fresh: [false, false, false, false], previousTotal: 6)
        // Each key's weight ratio, from the frequencies then and now.
        func delta(_ now: Double, _ before: Double) -> Double {
            abs(log(1 + 4 / now) / log(1 + 6 / before) - 1)
        }
        let (key0, key1, key3) = (delta(2, 4), delta(3, 3), delta(2, 2))
        let factor = { (largest: Double) in (1 + largest) / (1 - largest) }
        #expect(abs(drift.factors[0] - factor(max(key0, key1))) < 1e-6)
        #expect(abs(drift.factors[2] - factor(max(key1, key3))) < 1e-6)
        #expect(abs(drift.factors[3] - factor(key3)) < 1e-6)
        // A key whose previous frequency is not known gives its passages an infinite factor.
        let unknown = WeightDrift(
            keys: keys, frequency: [2, 3, 0, 2], previousFrequency: [4, 0, 2, 2],
            fresh: [false, false, false, false], previousTotal: 6)
        #expect(unknown.factors[0] == .infinity && unknown.factors[2] == .infinity)
        #expect(unknown.factors[3] == drift.factors[3])
    }

    @Test func keyFrequenciesAreFoundByHashAndForgetCollidingHashes() {
        let frequencies = KeyFrequencies(hashes: [30, 10, 20, 10], counts: [3, 1, 2, 5])
        #expect(frequencies.hashes == [10, 20, 30])
        #expect(frequencies.count(of: 30) == 3)
        #expect(frequencies.count(of: 20) == 2)
        // Two keys with one hash: neither's frequency is known.
        #expect(frequencies.count(of: 10) == 0)
        #expect(frequencies.count(of: 15) == 0)
        #expect(KeyFrequencies(sorted: [1, 2], counts: [1, 1]) != nil)
        #expect(KeyFrequencies(sorted: [2, 1], counts: [1, 1]) == nil)
        #expect(KeyFrequencies(sorted: [1, 2], counts: [1]) == nil)
    }
}
