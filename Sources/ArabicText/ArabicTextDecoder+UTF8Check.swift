/// A strict UTF-8 scan (Unicode Table 3-7) that reports where and why bytes are ill-formed.
///
/// The standard library only says "not valid"; the loader needs the byte offset, and the
/// decoder needs to know whether the file is mostly UTF-8 (damaged) or not UTF-8 at all.
struct UTF8Check: Sendable {
    /// The first ill-formed sequence.
    struct Failure: Sendable, Hashable {
        /// Offset of the byte that starts the ill-formed sequence.
        let offset: Int
        /// Human-readable cause.
        let reason: String
    }

    /// The first ill-formed sequence, or nil when the bytes are valid UTF-8.
    private(set) var firstFailure: Failure?
    /// Well-formed sequences of two to four bytes.
    private(set) var multiByteSequences = 0
    /// Maximal ill-formed subparts.
    private(set) var invalidSequences = 0

    /// Legacy Arabic text almost never forms valid multi-byte UTF-8, so when valid
    /// sequences outnumber invalid ones the file is damaged UTF-8, not another encoding.
    var looksLikeDamagedUTF8: Bool {
        invalidSequences > 0 && multiByteSequences >= invalidSequences
    }

    /// Scans `bytes`.
    init(_ bytes: [UInt8]) {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let (length, secondRange) = Self.shape(of: lead)
            guard length > 0 else {
                let reason =
                    (0x80...0xBF).contains(lead)
                    ? "continuation byte 0x\(ArabicTextDecoder.hex(lead)) without a lead byte"
                    : "byte 0x\(ArabicTextDecoder.hex(lead)) never occurs in UTF-8"
                record(offset: index, reason: reason)
                index += 1
                continue
            }
            var consumed = 1
            var problem: String?
            while consumed < length {
                guard index + consumed < bytes.count else {
                    problem =
                        "truncated sequence: lead byte 0x\(ArabicTextDecoder.hex(lead)) needs \(length - 1) continuation byte(s) but the file ends"
                    break
                }
                let next = bytes[index + consumed]
                let allowed = consumed == 1 ? secondRange : 0x80...0xBF
                guard allowed.contains(next) else {
                    let pair = "0x\(ArabicTextDecoder.hex(lead)) 0x\(ArabicTextDecoder.hex(next))"
                    problem =
                        consumed == 1 && (0x80...0xBF).contains(next)
                        ? "\(pair) at byte \(index) starts \(Self.forbidden(lead: lead)), which UTF-8 does not allow"
                        : "lead byte 0x\(ArabicTextDecoder.hex(lead)) is followed by 0x\(ArabicTextDecoder.hex(next)) at byte \(index + consumed), not a continuation byte"
                    break
                }
                consumed += 1
            }
            if let problem {
                record(offset: index, reason: problem)
            } else {
                multiByteSequences += 1
            }
            index += consumed
        }
    }

    /// What a lead byte followed by a continuation byte outside its allowed range would encode.
    private static func forbidden(lead: UInt8) -> String {
        switch lead {
        case 0xED: "a UTF-16 surrogate (U+D800–U+DFFF, as CESU-8 or Java write them)"
        case 0xF4: "a code point beyond U+10FFFF"
        default: "an overlong encoding (a character written with more bytes than it needs)"
        }
    }

    /// Sequence length and allowed second-byte range for a lead byte; length 0 if it cannot lead.
    private static func shape(of lead: UInt8) -> (Int, ClosedRange<UInt8>) {
        switch lead {
        case 0xC2...0xDF: return (2, 0x80...0xBF)
        case 0xE0: return (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: return (3, 0x80...0xBF)
        case 0xED: return (3, 0x80...0x9F)
        case 0xF0: return (4, 0x90...0xBF)
        case 0xF1...0xF3: return (4, 0x80...0xBF)
        case 0xF4: return (4, 0x80...0x8F)
        default: return (0, 0x80...0xBF)
        }
    }

    private mutating func record(offset: Int, reason: String) {
        invalidSequences += 1
        if firstFailure == nil {
            firstFailure = Failure(offset: offset, reason: reason)
        }
    }
}
