import Foundation

/// The two single-byte Arabic encodings found in old news archives.
///
/// Decoding goes through Foundation (CoreFoundation converters) when this toolchain has
/// them; swift-foundation 6.0 on Linux had lost them (swift-foundation #1216), so the
/// WHATWG 128-entry tables below are the fallback. A test keeps both paths identical.
enum LegacyArabicEncoding: String, Sendable, CaseIterable {
    case windows1256 = "windows-1256"
    case iso88596 = "iso-8859-6"

    /// Foundation's identifier (kCFStringEncodingWindowsArabic / kCFStringEncodingISOLatinArabic).
    var foundationEncoding: String.Encoding {
        switch self {
        case .windows1256: String.Encoding(rawValue: 0x8000_0506)
        case .iso88596: String.Encoding(rawValue: 0x8000_0206)
        }
    }

    /// Whether Foundation decodes this encoding exactly like the table; probed once.
    var foundationAgreesWithTable: Bool {
        switch self {
        case .windows1256: Self.windowsProbe
        case .iso88596: Self.isoProbe
        }
    }

    private static let windowsProbe = LegacyArabicEncoding.windows1256.probeFoundation()
    private static let isoProbe = LegacyArabicEncoding.iso88596.probeFoundation()

    /// Decodes `bytes`; failure carries the offset of the first byte without a character.
    func decode(_ bytes: [UInt8]) -> Result<String, LegacyDecodingFailure> {
        if let undefined = firstUndefinedByte(in: bytes) {
            return .failure(LegacyDecodingFailure(offset: undefined))
        }
        if foundationAgreesWithTable, let text = String(data: Data(bytes), encoding: foundationEncoding) {
            return .success(text)
        }
        return .success(decodeWithTable(bytes))
    }

    /// Decodes with the built-in table only (the toolchain-independent path).
    func decodeWithTable(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if let scalar = scalar(for: byte) { scalars.append(scalar) }
        }
        return String(scalars)
    }

    /// The character for one byte, nil where the encoding leaves it undefined.
    func scalar(for byte: UInt8) -> Unicode.Scalar? {
        guard byte >= 0x80 else { return Unicode.Scalar(byte) }
        let value = table[Int(byte - 0x80)]
        return value == 0 ? nil : Unicode.Scalar(value)
    }

    /// Offset of the first byte with no character in this encoding.
    func firstUndefinedByte(in bytes: [UInt8]) -> Int? {
        bytes.firstIndex { scalar(for: $0) == nil }
    }

    private func probeFoundation() -> Bool {
        let all = (0...255).map(UInt8.init).filter { scalar(for: $0) != nil }
        guard let text = String(data: Data(all), encoding: foundationEncoding) else { return false }
        return text.unicodeScalars.elementsEqual(decodeWithTable(all).unicodeScalars)
    }

    /// Bytes 0x80–0xFF; 0 marks an undefined byte. From the WHATWG index files.
    private var table: [UInt16] {
        switch self {
        case .windows1256: Self.windowsTable
        case .iso88596: Self.isoTable
        }
    }

    private static let windowsTable: [UInt16] = [
        0x20AC, 0x067E, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0679, 0x2039, 0x0152, 0x0686, 0x0698, 0x0688,
        0x06AF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x06A9, 0x2122, 0x0691, 0x203A, 0x0153, 0x200C, 0x200D, 0x06BA,
        0x00A0, 0x060C, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
        0x00A8, 0x00A9, 0x06BE, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
        0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
        0x00B8, 0x00B9, 0x061B, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x061F,
        0x06C1, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627,
        0x0628, 0x0629, 0x062A, 0x062B, 0x062C, 0x062D, 0x062E, 0x062F,
        0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x00D7,
        0x0637, 0x0638, 0x0639, 0x063A, 0x0640, 0x0641, 0x0642, 0x0643,
        0x00E0, 0x0644, 0x00E2, 0x0645, 0x0646, 0x0647, 0x0648, 0x00E7,
        0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0649, 0x064A, 0x00EE, 0x00EF,
        0x064B, 0x064C, 0x064D, 0x064E, 0x00F4, 0x064F, 0x0650, 0x00F7,
        0x0651, 0x00F9, 0x0652, 0x00FB, 0x00FC, 0x200E, 0x200F, 0x06D2,
    ]

    private static let isoTable: [UInt16] = [
        0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087,
        0x0088, 0x0089, 0x008A, 0x008B, 0x008C, 0x008D, 0x008E, 0x008F,
        0x0090, 0x0091, 0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097,
        0x0098, 0x0099, 0x009A, 0x009B, 0x009C, 0x009D, 0x009E, 0x009F,
        0x00A0, 0x0000, 0x0000, 0x0000, 0x00A4, 0x0000, 0x0000, 0x0000,
        0x0000, 0x0000, 0x0000, 0x0000, 0x060C, 0x00AD, 0x0000, 0x0000,
        0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
        0x0000, 0x0000, 0x0000, 0x061B, 0x0000, 0x0000, 0x0000, 0x061F,
        0x0000, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627,
        0x0628, 0x0629, 0x062A, 0x062B, 0x062C, 0x062D, 0x062E, 0x062F,
        0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x0637,
        0x0638, 0x0639, 0x063A, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
        0x0640, 0x0641, 0x0642, 0x0643, 0x0644, 0x0645, 0x0646, 0x0647,
        0x0648, 0x0649, 0x064A, 0x064B, 0x064C, 0x064D, 0x064E, 0x064F,
        0x0650, 0x0651, 0x0652, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
        0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    ]
}

/// A byte that a legacy encoding leaves undefined.
struct LegacyDecodingFailure: Error, Sendable, Hashable {
    /// Offset of the byte.
    let offset: Int
}
