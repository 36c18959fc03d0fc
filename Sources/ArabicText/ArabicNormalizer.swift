import Foundation

/// The three text levels of docs/arabic-text-engine.md §2: L0 display text, L1 match key, L2 search key.
///
/// L1 and L2 keep an offset map back to the L0 string they were computed from, so a match
/// found on a key is reported as an L0 scalar range.
public enum ArabicNormalizer {
    /// L0: NFC, CRLF/CR -> LF, bidi controls and BOM deleted; nothing else changes.
    public static func displayText(_ raw: String) -> String {
        isDisplayText(raw) ? raw : displayTextByNFC(raw)
    }

    /// Whether `text` is its own L0: no CR, no control that L0 deletes, and only scalars that
    /// NFC keeps as they are: ASCII and Latin below U+0300 (every combining mark is above),
    /// Arabic letters, digits and signs that combine with nothing, zero-width spaces and
    /// joiners, and the common punctuation of U+2010–U+205E (none a singleton like U+2000).
    /// The harakat (U+064B–U+0652) and the dagger alif compose with nothing either, and NFC
    /// only reorders them where one follows a mark of a higher combining class (a shadda before
    /// a fatha). Nothing composes, reorders or decomposes, so NFC would return `text`: most
    /// articles, which Foundation's NFC then walked twice for nothing.
    static func isDisplayText(_ text: String) -> Bool {
        // Decoded from the UTF-8 bytes: every article's text is tested, and the scalar view's
        // iterator took twice as long.
        text.withDecodedScalars { scalars in
            // The combining class of the scalar before: 0 after a starter.
            var previousClass: UInt32 = 0
            for scalar in scalars {
                let value = scalar.value
                switch value {
                case 0x064B...0x0652, 0x0670:
                    // Fathatan (27) to sukun (34) in order, then the dagger alif (35).
                    let combiningClass = value == 0x0670 ? 35 : 27 + value - 0x064B
                    guard combiningClass >= previousClass else { return false }
                    previousClass = combiningClass
                    continue
                case 0x0D: return false
                case 0x0000..<0x0300, 0x0750...0x077F, 0x200B...0x200D, 0x2010...0x2027, 0x2030...0x205E: break
                case 0x061C: return false
                case 0x0600...0x06FF where !ScalarTraits.combines(scalar): break
                default: return false
                }
                previousClass = 0
            }
            return true
        }
    }

    /// `displayText(_:)` made the long way, through NFC.
    static func displayTextByNFC(_ raw: String) -> String {
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
        let source = text.decodedScalars()
        var builder = NormalizedTextBuilder(capacity: source.count)
        let table = L1FoldTable.shared
        var index = 0
        while index < source.count {
            let scalar = source[index]
            // Fast path: a scalar that is its own NFC (ASCII, Latin below U+0300, Arabic,
            // most punctuation) followed by a starter, or only by marks that L1 deletes and
            // that compose with nothing (tashkeel), needs no NFC: NFC would at most reorder
            // the marks, and they leave nothing in the key.
            var groupEnd = index + 1
            var marksAreInert = true
            while groupEnd < source.count, table.entry(source[groupEnd])?.combines ?? needsComposition(source[groupEnd])
            {
                marksAreInert = marksAreInert && ScalarFolding.isInertDeletedMark(source[groupEnd].value)
                groupEnd += 1
            }
            if marksAreInert, let entry = table.entry(scalar), entry.isStableAlone {
                if entry.needsRules {
                    ScalarFolding.appendL1(scalar, offset: index, to: &builder)
                } else if !entry.isDeleted {
                    builder.append(entry.folded, offset: index)
                }
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
