import PropertyBased
import Testing

@testable import ArabicText

/// The normaliser on random text: L0 is stable, and the offset maps of L1 and L2 stay a
/// monotone map onto the L0 text they came from.
/// The time limit stops a hang, nothing more: a busy machine took three minutes where an idle
/// one takes seconds.
@Suite(.timeLimit(.minutes(10)))
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

    /// A text taken as its own L0 without NFC is one NFC would not change: the same scalars as
    /// the long way (`String`'s `==` would call a text and its NFC equal), on random text, on
    /// prose, and on marks that compose or reorder under NFC and spaces it replaces.
    @Test func displayTextTakenAsItIsIsWhatNFCWouldMake() async {
        func expectSame(_ raw: String) {
            let fast = ArabicNormalizer.displayText(raw).unicodeScalars
            let long = ArabicNormalizer.displayTextByNFC(raw).unicodeScalars
            #expect(fast.elementsEqual(long), "\(raw.debugDescription)")
        }
        await propertyCheck(count: 3000, input: FuzzText.string(upTo: 200)) { expectSame($0) }
        await propertyCheck(count: 500, input: FuzzText.arabicProse(words: 1...60)) { expectSame($0) }
        for raw in ["e\u{301}", "\u{627}\u{653}", "\u{628}\u{651}\u{64E}", "A\u{2000}B", "K\u{212A}", "\u{958}"] {
            expectSame(raw)
            #expect(!ArabicNormalizer.isDisplayText(raw), "\(raw.debugDescription)")
        }
        #expect(ArabicNormalizer.isDisplayText("قال الرئيس: «نعم» – 2024…\nسطر"))
        // Harakat in canonical order (fatha before shadda), as most Arabic articles have them.
        #expect(ArabicNormalizer.isDisplayText("جدلاً واسعاً، ب\u{64E}\u{651}"))
        #expect(!ArabicNormalizer.isDisplayText("سطر\r\n"))
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
