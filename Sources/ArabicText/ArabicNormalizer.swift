import Foundation

/// The three text levels of docs/arabic-text-engine.md §2: L0 display text, L1 match key, L2 search key.
///
/// L1 and L2 keep an offset map back to the L0 string they were computed from, so a match
/// found on a key is reported as an L0 scalar range.
public enum ArabicNormalizer {
    /// L0: NFC, CRLF/CR -> LF, bidi controls and BOM deleted; nothing else changes.
    public static func displayText(_ raw: String) -> String {
        let composed = raw.precomposedStringWithCanonicalMapping
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in composed.unicodeScalars {
            let value = scalar.value
            if value == 0x0D {
                out.append("\n")
                previousWasCR = true
                continue
            }
            defer { previousWasCR = false }
            if value == 0x0A, previousWasCR { continue }
            switch value {
            case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// L1 match key of an L0 text, with offsets into `text.unicodeScalars`.
    public static func matchKey(_ text: String) -> NormalizedText {
        // Filled by appending into room for the UTF-8 length (at least the scalar count):
        // `Array(text.unicodeScalars)` would walk the text twice, once to count it.
        var source: [Unicode.Scalar] = []
        source.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { source.append(scalar) }
        var builder = NormalizedTextBuilder(capacity: source.count)
        var index = 0
        while index < source.count {
            let scalar = source[index]
            // Fast path: an ASCII or Arabic scalar followed by a starter, or only by marks that
            // L1 deletes and that compose with nothing (tashkeel), needs no NFC: NFC would at
            // most reorder the marks, and they leave nothing in the key.
            var groupEnd = index + 1
            var marksAreInert = true
            while groupEnd < source.count, needsComposition(source[groupEnd]) {
                marksAreInert = marksAreInert && ScalarFolding.isInertDeletedMark(source[groupEnd].value)
                groupEnd += 1
            }
            if marksAreInert, scalar.value < 0x0300 || (0x0600...0x06FF).contains(scalar.value) {
                ScalarFolding.appendL1(scalar, offset: index, to: &builder)
                index = groupEnd
                continue
            }
            appendComposed(source[index..<groupEnd], startOffset: index, to: &builder)
            index = groupEnd
        }
        return builder.finish(endOffset: source.count)
    }

    /// L1 match key as a plain string.
    public static func matchKeyString(_ text: String) -> String {
        matchKey(text).string
    }

    /// L2 search key: L1 plus light stemming of every Arabic token (never use it for names).
    public static func searchKey(_ text: String) -> NormalizedText {
        LightStemmer.stem(matchKey(text))
    }

    /// A combining scalar that NFC may merge into the scalar before it.
    @inline(__always)
    static func needsComposition(_ scalar: Unicode.Scalar) -> Bool {
        ScalarTraits.combines(scalar)
    }

    /// NFC of a base scalar plus its combining marks; offsets stay 1:1 when NFC keeps the count.
    private static func appendComposed(
        _ group: ArraySlice<Unicode.Scalar>, startOffset: Int, to builder: inout NormalizedTextBuilder
    ) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: group)
        let composed = Array(String(view).precomposedStringWithCanonicalMapping.unicodeScalars)
        let oneToOne = composed.count == group.count
        for (position, scalar) in composed.enumerated() {
            let offset = oneToOne ? startOffset + position : startOffset
            ScalarFolding.appendL1(scalar, offset: offset, to: &builder)
        }
    }
}
