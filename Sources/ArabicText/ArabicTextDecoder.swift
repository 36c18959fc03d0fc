import Foundation

/// Turns the bytes of an article file into text, detecting the encoding (docs/arabic-text-engine.md §7).
///
/// Order: byte-order mark; UTF-16 without a mark (high bytes 0x00/0x06 at alternating
/// offsets); strict UTF-8; Latin text in a Western legacy encoding refused; a WHATWG `charset`
/// label in saved HTML; then a score of ISO-8859-6 against Windows-1256 (tie goes to
/// Windows-1256), whose text is refused when it does not read as text (`LegacyTextShape`). Nothing is ever replaced by U+FFFD: bytes that cannot be decoded throw with
/// their offset.
public enum ArabicTextDecoder {
    /// Decodes `bytes`, or throws with the offset of the first byte no candidate decodes.
    public static func decode(_ bytes: [UInt8]) throws(TextDecodingError) -> DecodedText {
        if let unicode = try decodeWithByteOrderMark(bytes) { return unicode }
        if let unicode = try decodeUTF16WithoutMark(bytes) { return unicode }
        if let nul = bytes.firstIndex(of: 0) {
            throw TextDecodingError(
                byteOffset: nul,
                message: "NUL byte: this looks like a binary file, or UTF-16/UTF-32 without a "
                    + "byte-order mark; save the file as UTF-8 text")
        }
        let check = UTF8Check(bytes)
        guard let failure = check.firstFailure else {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                // UTF8Check and the standard library disagree: a bug, not a content problem.
                throw TextDecodingError(byteOffset: 0, message: "internal error: UTF-8 validation mismatch")
            }
            let kind = check.multiByteSequences == 0 ? "ASCII only" : "\(check.multiByteSequences) multi-byte sequences"
            return DecodedText(text: text, encoding: "utf-8", note: "valid UTF-8 (\(kind))")
        }
        if check.looksLikeDamagedUTF8 {
            throw TextDecodingError(
                byteOffset: failure.offset,
                message: "invalid UTF-8: \(failure.reason). The rest of the file is UTF-8 "
                    + "(\(check.multiByteSequences) valid multi-byte sequences, \(check.invalidSequences) invalid), "
                    + "so it was probably truncated or damaged; re-save it as UTF-8")
        }
        let notUTF8 = "not UTF-8 (\(failure.reason) at byte \(failure.offset))"
        if let latin = latinLegacyByte(in: bytes) {
            throw TextDecodingError(
                byteOffset: latin,
                message: "this looks like Latin-script text in a Western legacy encoding (Windows-1252 or "
                    + "ISO-8859-1: accented letters inside Latin words), not Arabic; read as an Arabic "
                    + "encoding it would be garbled. Save the file as UTF-8")
        }
        let decoded = decodeLegacy(bytes, label: charsetLabel(in: bytes), notUTF8: notUTF8)
        let shape = LegacyTextShape(decoded.text)
        if let problem = shape.problem {
            throw TextDecodingError(
                byteOffset: shape.firstOddity ?? 0,
                message: "this does not look like text in any encoding dossier reads (UTF-8, UTF-16, UTF-32, "
                    + "Windows-1256, ISO-8859-6): read as \(decoded.encoding), \(problem); it may be a binary "
                    + "or damaged file. If it is an article, open it where it reads well and save it as UTF-8")
        }
        return decoded
    }

    /// The offset of the first byte above 0x7F, when most such bytes touch an ASCII letter
    /// («étrangères» in Windows-1252): Latin text with accented letters. In Arabic legacy
    /// text those bytes are the Arabic letters, which stand between spaces, punctuation and
    /// each other; Latin words inside it are plain ASCII. Nil for fewer than three such bytes.
    static func latinLegacyByte(in bytes: [UInt8]) -> Int? {
        func isASCIILetter(_ index: Int) -> Bool {
            guard bytes.indices.contains(index) else { return false }
            let byte = bytes[index] | 0x20
            return byte >= 0x61 && byte <= 0x7A
        }
        var high = 0
        var touching = 0
        for index in bytes.indices where bytes[index] >= 0x80 {
            high += 1
            if isASCIILetter(index - 1) || isASCIILetter(index + 1) { touching += 1 }
        }
        guard touching >= 3, touching * 2 > high else { return nil }
        return bytes.firstIndex { $0 >= 0x80 }
    }

    /// Maps a WHATWG encoding label to the name used in `DecodedText.encoding`, if it is one we decode.
    public static func encodingName(forLabel label: String) -> String? {
        let key = label.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        switch key {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8":
            return "utf-8"
        case "cp1256", "windows-1256", "x-cp1256":
            return LegacyArabicEncoding.windows1256.rawValue
        case "arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114",
            "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596",
            "iso_8859-6", "iso_8859-6:1987":
            return LegacyArabicEncoding.iso88596.rawValue
        default:
            return nil
        }
    }

    /// The `charset` label declared in the first 1024 bytes (saved HTML), if any.
    static func charsetLabel(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(1024).map { $0 < 0x80 ? Character(Unicode.Scalar($0)) : " " }
        let lowered = String(head).lowercased()
        guard let marker = lowered.range(of: "charset=") else { return nil }
        let rest = lowered[marker.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
        let label = rest.prefix { $0.isLetter || $0.isNumber || "-_:.".contains($0) }
        return label.isEmpty ? nil : String(label)
    }

    /// Chooses between ISO-8859-6 and Windows-1256 for bytes that are not UTF-8.
    static func decodeLegacy(_ bytes: [UInt8], label: String?, notUTF8: String) -> DecodedText {
        let windows = LegacyArabicEncoding.windows1256.decode(bytes)
        let iso = LegacyArabicEncoding.iso88596.decode(bytes)
        let declared = label.flatMap(encodingName(forLabel:))
        if declared == LegacyArabicEncoding.iso88596.rawValue, case .success(let text) = iso {
            return DecodedText(text: text, encoding: "iso-8859-6", note: "\(notUTF8); declared charset=\(label ?? "")")
        }
        if declared == LegacyArabicEncoding.windows1256.rawValue, case .success(let text) = windows {
            return DecodedText(
                text: text, encoding: "windows-1256", note: "\(notUTF8); declared charset=\(label ?? "")")
        }
        let windowsText: String
        switch windows {
        case .success(let text): windowsText = text
        // Unreachable: Windows-1256 maps every byte.
        case .failure: windowsText = LegacyArabicEncoding.windows1256.decodeWithTable(bytes)
        }
        switch iso {
        case .failure(let failure):
            let offset = failure.offset
            return DecodedText(
                text: windowsText, encoding: "windows-1256",
                note: "\(notUTF8); ISO-8859-6 has no character for byte 0x\(hex(bytes[offset])) at offset \(offset)")
        case .success(let isoText):
            let isoScore = LegacyScore(isoText, encoding: .iso88596)
            let windowsScore = LegacyScore(windowsText, encoding: .windows1256)
            let comparison = "score iso-8859-6 \(isoScore) vs windows-1256 \(windowsScore)"
            if isoScore.total > windowsScore.total {
                return DecodedText(text: isoText, encoding: "iso-8859-6", note: "\(notUTF8); \(comparison)")
            }
            let tie = isoScore.total == windowsScore.total ? " (tie goes to windows-1256)" : ""
            return DecodedText(text: windowsText, encoding: "windows-1256", note: "\(notUTF8); \(comparison)\(tie)")
        }
    }

    /// Two upper-case hex digits.
    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
