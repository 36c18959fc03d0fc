import Testing

@testable import DossierAnalysis

/// The bounds a comparison keeps of the pairs it does not report, and how far a rebuild that
/// only added passages lets them stretch.
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
        let frequency = [5, 2, 1, 2]
        let drift = WeightDrift(
            keys: keys, frequency: frequency, fresh: [false, false, false, false, true], previousTotal: 4)
        #expect(drift.factors[4] == .infinity)
        // Passage 2 shares key 3, whose frequency doubled: its weights moved most.
        #expect(drift.factors[2] > drift.factors[0])
        #expect(drift.factors[0] > 1 && drift.factors[0].isFinite)
        #expect(drift.kept(100, 0, 1) == ScoreBound.widened(100, by: drift.factors[0]))
        #expect(drift.kept(100, 0, 4) == nil)
    }
}
