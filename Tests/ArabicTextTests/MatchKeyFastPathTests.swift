import Foundation
import Testing

@testable import ArabicText

/// `ArabicNormalizer.matchKey` skips NFC for a letter followed by tashkeel only; these tests
/// prove the shortcut gives what composing every group gives.
@Suite struct MatchKeyFastPathTests {
    /// The general path: every base scalar and the marks after it composed with NFC.
    private static func composedEverywhere(_ text: String) -> NormalizedText {
        let source = Array(text.unicodeScalars)
        var builder = NormalizedTextBuilder(capacity: source.count)
        var index = 0
        while index < source.count {
            var groupEnd = index + 1
            while groupEnd < source.count, ScalarTraits.combines(source[groupEnd]) { groupEnd += 1 }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: source[index..<groupEnd])
            let composed = Array(String(view).precomposedStringWithCanonicalMapping.unicodeScalars)
            for (position, scalar) in composed.enumerated() {
                let offset = composed.count == groupEnd - index ? index + position : index
                ScalarFolding.appendL1(scalar, offset: offset, to: &builder)
            }
            index = groupEnd
        }
        return builder.finish(endOffset: source.count)
    }

    /// Every mark the shortcut skips: deleted by L1, combining, and left alone by NFC after
    /// any starter the shortcut takes (ASCII, Latin below U+0300, the Arabic block).
    @Test func inertMarksComposeWithNoBaseTheShortcutTakes() throws {
        let marks = (0x0600...0x06FF).filter { ScalarFolding.isInertDeletedMark(UInt32($0)) }
            .compactMap { Unicode.Scalar($0) }
        #expect(marks.count == 49)
        let bases = (Array(0x20..<0x0300) + Array(0x0600...0x06FF) + Array(0x2000..<0x2070))
            .compactMap { Unicode.Scalar($0) }
            .filter { !ScalarTraits.combines($0) && L1FoldTable.shared.entry($0)?.isStableAlone == true }
        for mark in marks {
            #expect(ScalarTraits.combines(mark), "U+\(String(mark.value, radix: 16))")
            #expect(ScalarFolding.foldedNonASCII(mark.value) == 0, "U+\(String(mark.value, radix: 16))")
            for base in bases {
                var view = String.UnicodeScalarView()
                view.append(base)
                view.append(mark)
                let composed = Array(String(view).precomposedStringWithCanonicalMapping.unicodeScalars)
                #expect(
                    composed == [base, mark], "U+\(String(base.value, radix: 16)) U+\(String(mark.value, radix: 16))")
            }
        }
    }

    /// A group the shortcut takes may also start with a mark of the Arabic block (a text or a
    /// line that starts with tashkeel): every such mark is deleted, so the group leaves
    /// nothing in the key whichever order NFC puts its marks in.
    @Test func everyCombiningMarkOfTheArabicBlockIsDeleted() {
        for value in UInt32(0x0600)...0x06FF {
            guard let scalar = Unicode.Scalar(value), ScalarTraits.combines(scalar) else { continue }
            #expect(ScalarFolding.foldedNonASCII(value) == 0, "U+\(String(value, radix: 16))")
        }
    }

    /// Every scalar the table holds, alone, before tashkeel and before a mark NFC composes:
    /// the table's L1 forms and its choice of the scalars that skip NFC give what composing
    /// and folding them gives.
    @Test func everyScalarOfTheTableAgreesWithComposing() {
        let values = Array(UInt32(0)..<0x0800) + Array(UInt32(0x2000)..<0x2070)
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "\(scalar)\u{064E}\u{0651}", "\(scalar)\u{0301}", "\(scalar)\u{0654}"] {
                #expect(
                    ArabicNormalizer.matchKey(text) == Self.composedEverywhere(text), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test(arguments: [
        "قَالَ الرَّئِيسُ إِنَّ المُفَاوَضَاتِ سَتُسْتَأْنَفُ",  // full tashkeel, shadda before and after vowels
        "الا\u{0653}ن وا\u{0654}حمد ا\u{0655}لى و\u{0654} ي\u{0654}",  // madda and hamza that NFC composes
        "ا\u{064E}\u{0654}مر ي\u{0651}\u{064E}\u{0654}",  // tashkeel then a composing hamza in one group
        "مـــصـــر قـــرآن ٱلله ۖ ۗ",  // tatweel, wasla, Quranic marks
        "ﻻ ﷲ ﻋﻠﻰ ﺍﻟﻌﺮﺏ",  // presentation forms
        "Cafe\u{0301} e\u{0301}\u{064E} A\u{030A}ngstrom ÉLYSÉE naïve",  // Latin with combining marks
        "٢٠٢٤ ۱۴۰۳ 12\u{00A0}000 ٣٫٥٪ a\u{202F}b\u{2009}c",  // digits and spaces
        "\u{064E}بداية \u{0651}\n\u{0650}سطر\u{200F} \u{0640}\u{064B}",  // marks at starts, bidi, tatweel + mark
        "Ἀθῆναι 한국어 ἀ\u{0301}\u{064E}",  // scripts beyond the table
        // Punctuation, bidi marks and spaces, U+2000 and U+2001 among them (NFC changes them).
        "«قال» “هنا” – \u{200F}نعم\u{200E}… \u{2000}\u{2001}\u{2003}\u{200C}ز\u{200D}ج ‹ › ‰ ⁄",
        "\u{0618}\u{0610}\u{0651}\u{064E}ب\u{0651}\u{064E}\u{0618}\u{0610} \u{0654}\u{0651}",  // marks out of NFC order
    ])
    func fastPathAgreesWithComposingEveryGroup(_ text: String) {
        #expect(ArabicNormalizer.matchKey(text) == Self.composedEverywhere(text))
        let marked = String(
            text.unicodeScalars.flatMap { [$0, "\u{0652}", "\u{064B}"] as [Unicode.Scalar] }.map(Character.init))
        #expect(ArabicNormalizer.matchKey(marked) == Self.composedEverywhere(marked))
    }
}
