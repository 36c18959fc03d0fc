import Foundation

/// Accumulates normalised scalars with their L0 offsets, collapsing runs of spaces.
///
/// The scalars and offsets are written into storage of its own, grown by doubling, and copied
/// into the arrays of the `NormalizedText` once, at the end: appending to two arrays checked
/// their uniqueness at every scalar, a tenth of `ArabicNormalizer.matchKey`'s time.
struct NormalizedTextBuilder: ~Copyable {
    private var scalars: UnsafeMutablePointer<Unicode.Scalar>
    private var offsets: UnsafeMutablePointer<Int>
    private var count = 0
    /// Room for this many scalars, and one offset more (the end offset).
    private var capacity: Int
    /// Whether the last scalar appended is a space (cheaper to keep than to read back).
    private var endsWithSpace = false

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        scalars = .allocate(capacity: self.capacity)
        offsets = .allocate(capacity: self.capacity + 1)
    }

    deinit {
        scalars.deallocate()
        offsets.deallocate()
    }

    mutating func append(_ scalar: Unicode.Scalar, offset: Int) {
        let isSpace = scalar == " "
        if isSpace, endsWithSpace { return }
        endsWithSpace = isSpace
        if count == capacity { grow() }
        scalars[count] = scalar
        offsets[count] = offset
        count += 1
    }

    /// Doubles the room.
    private mutating func grow() {
        let larger = capacity * 2
        let newScalars = UnsafeMutablePointer<Unicode.Scalar>.allocate(capacity: larger)
        let newOffsets = UnsafeMutablePointer<Int>.allocate(capacity: larger + 1)
        newScalars.initialize(from: scalars, count: count)
        newOffsets.initialize(from: offsets, count: count)
        scalars.deallocate()
        offsets.deallocate()
        (scalars, offsets, capacity) = (newScalars, newOffsets, larger)
    }

    /// The text, its offset map closed by `endOffset`.
    consuming func finish(endOffset: Int) -> NormalizedText {
        offsets[count] = endOffset
        return NormalizedText(
            scalars: Array(UnsafeBufferPointer(start: scalars, count: count)),
            sourceOffsets: Array(UnsafeBufferPointer(start: offsets, count: count + 1)))
    }
}

/// The per-scalar L1 rules of docs/arabic-text-engine.md §2.2, applied to NFC input.
enum ScalarFolding {
    /// Appends the L1 form of one NFC scalar (zero, one or several scalars) at `offset`.
    static func appendL1(_ scalar: Unicode.Scalar, offset: Int, to builder: inout NormalizedTextBuilder) {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x41...0x5A: builder.append(Unicode.Scalar(value + 0x20) ?? scalar, offset: offset)
            case 0x09: builder.append(" ", offset: offset)
            default: builder.append(scalar, offset: offset)
            }
            return
        }
        if let folded = foldedNonASCII(value) {
            if folded != 0 { builder.append(Unicode.Scalar(folded) ?? scalar, offset: offset) }
            return
        }
        if (0xFB50...0xFDFF).contains(value) || (0xFE70...0xFEFC).contains(value) {
            // Presentation forms: NFKC gives the base letters (lam-alef ligature -> two letters).
            let compatible = String(Character(scalar)).precomposedStringWithCompatibilityMapping.unicodeScalars
            if compatible.count == 1, compatible.first == scalar {
                builder.append(scalar, offset: offset)
            } else {
                for part in compatible { appendL1(part, offset: offset, to: &builder) }
            }
            return
        }
        if ScalarTraits.changesWhenLowercased(scalar) {
            for part in scalar.properties.lowercaseMapping.unicodeScalars {
                builder.append(part, offset: offset)
            }
            return
        }
        builder.append(scalar, offset: offset)
    }

    /// The fold of a non-ASCII scalar: 0 = delete, nil = no table rule applies.
    @inline(__always)
    static func foldedNonASCII(_ value: UInt32) -> UInt32? {
        switch value {
        // Step 3: tatweel, diacritics, format characters.
        case 0x0640, 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4,
            0x06E7...0x06E8, 0x06EA...0x06ED, 0x200B...0x200F, 0x061C, 0x00AD, 0x202A...0x202E,
            0x2066...0x2069, 0xFEFF:
            return 0
        // Step 4: alef variants.
        case 0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673, 0x0675: return 0x0627
        // Step 5: yaa and haa/taa marbuta variants.
        case 0x0649, 0x06CC, 0x06D2, 0x06D0: return 0x064A
        case 0x0629, 0x06C0, 0x06C1, 0x06BE, 0x06D5: return 0x0647
        // Step 6: seated hamza.
        case 0x0624, 0x0626: return 0x0621
        // Step 7: loan and regional letters.
        case 0x06A9, 0x06AA, 0x06AF, 0x0763: return 0x0643
        case 0x06A8: return 0x0642
        case 0x06A4: return 0x0641
        case 0x067E: return 0x0628
        case 0x0686: return 0x062C
        case 0x0698: return 0x0632
        // Step 8: digits and Arabic punctuation in numbers.
        case 0x0660...0x0669: return value - 0x0660 + 0x30
        case 0x06F0...0x06F9: return value - 0x06F0 + 0x30
        case 0x066B: return 0x2E
        case 0x066C: return 0x2C
        case 0x066A: return 0x25
        case 0x060D: return 0x2F
        // Step 9: spaces.
        case 0x00A0, 0x202F, 0x2000...0x200A: return 0x20
        default: return nil
        }
    }

    /// True for a combining mark that L1 deletes and that NFC composes with no letter: the
    /// tashkeel and Quranic marks of step 3 except madda and hamza above and below
    /// (U+0653–0655), which NFC merges into the alef, waw or yaa before them.
    @inline(__always)
    static func isInertDeletedMark(_ value: UInt32) -> Bool {
        switch value {
        case 0x0610...0x061A, 0x064B...0x0652, 0x0656...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4,
            0x06E7...0x06E8, 0x06EA...0x06ED:
            return true
        default: return false
        }
    }

    /// True when the scalar is an Arabic letter of the token alphabet (U+0621–064A).
    @inline(__always)
    static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x0621...0x064A).contains(scalar.value) && scalar.value != 0x0640
    }
}
