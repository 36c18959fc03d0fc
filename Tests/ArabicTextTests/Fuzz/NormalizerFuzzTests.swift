import ArabicText
import PropertyBased
import Testing

/// The normaliser on random text: L0 is stable, and the offset maps of L1 and L2 stay a
/// monotone map onto the L0 text they came from.
@Suite(.timeLimit(.minutes(1)))
struct NormalizerFuzzTests {
    /// The invariants of an offset map over an L0 text of `sourceCount` scalars.
    private func expectValidMap(_ key: NormalizedText, sourceCount: Int) {
        #expect(key.sourceOffsets.count == key.scalars.count + 1)
        #expect(key.sourceOffsets.first.map { $0 >= 0 } == true)
        #expect(key.sourceOffsets.last == sourceCount)
        #expect(zip(key.sourceOffsets, key.sourceOffsets.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(key.sourceOffsets.allSatisfy { (0...sourceCount).contains($0) })
    }

    @Test func displayTextIsIdempotentAndHasNoBidiControls() async {
        await propertyCheck(count: 3000, input: FuzzText.string(upTo: 200)) { raw in
            let display = ArabicNormalizer.displayText(raw)
            #expect(ArabicNormalizer.displayText(display) == display)
            #expect(!display.unicodeScalars.contains { [0x0D, 0x200E, 0x200F, 0x061C, 0xFEFF].contains($0.value) })
        }
    }

    @Test func matchAndSearchKeysMapBackIntoTheirText() async {
        await propertyCheck(count: 3000, input: FuzzText.string(upTo: 300)) { raw in
            let text = ArabicNormalizer.displayText(raw)
            let count = text.unicodeScalars.count
            let match = ArabicNormalizer.matchKey(text)
            expectValidMap(match, sourceCount: count)
            expectValidMap(ArabicNormalizer.searchKey(text), sourceCount: count)
            #expect(ArabicNormalizer.matchKeyString(text) == match.string)
            // L1 is a fixed point of itself: normalising a key changes nothing more.
            #expect(ArabicNormalizer.matchKey(match.string).string == match.string)
        }
    }

    @Test func rangesMapToRangesInsideTheText() async {
        let bounds = Gen<Int>.value(in: 0...400)
        await propertyCheck(count: 2400, input: FuzzText.string(upTo: 200), bounds, bounds) { raw, first, second in
            let text = ArabicNormalizer.displayText(raw)
            let key = ArabicNormalizer.matchKey(text)
            let lower = min(first, second) % (key.count + 1)
            let upper = max(lower, max(first, second) % (key.count + 1))
            let source = key.sourceRange(of: lower..<upper)
            #expect(source.lowerBound >= 0 && source.upperBound <= text.unicodeScalars.count)
            #expect(source.isEmpty == (lower == upper))
            let index = key.normalizedIndex(atOrAfter: source.lowerBound)
            #expect(index <= lower)
            #expect(index == key.count || key.sourceOffsets[index] >= source.lowerBound)
        }
    }
}
