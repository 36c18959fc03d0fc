import Testing

@testable import ArabicText

/// UTF-16 without a byte-order mark is recognised only on enough evidence
/// (docs/arabic-text-engine.md §7.1, step 2): real files are, fragments with a stray NUL are not.
@Suite struct UnmarkedUTF16Tests {
    private static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        Array(text.utf16).flatMap { unit -> [UInt8] in
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            return bigEndian ? [high, low] : [low, high]
        }
    }

    @Test(
        arguments: [
            ("قال المتحدث باسم الكرملين إن بوتين لم يلتق ماسك.\n", false),
            ("قال المتحدث باسم الكرملين إن بوتين لم يلتق ماسك.\n", true),
            ("The Kremlin denied that Putin and Musk spoke.\n", false),
            ("The Kremlin denied that Putin and Musk spoke.\n", true),
            ("أطلقت SpaceX صاروخ Starship «الثلاثاء» — 2024\n", false),
            ("أطلقت SpaceX صاروخ Starship «الثلاثاء» — 2024\n", true),
        ])
    func realFilesAreRecognised(_ text: String, _ bigEndian: Bool) throws {
        let decoded = try ArabicTextDecoder.decode(Self.utf16(text, bigEndian: bigEndian))
        #expect(decoded.encoding == (bigEndian ? "utf-16be" : "utf-16le"))
        #expect(decoded.text == text)
        #expect(decoded.note.contains("no byte-order mark"))
    }

    @Test func theShortestRecognisedFileHasTheMinimumUnits() throws {
        let minimum = ArabicTextDecoder.minimumUnmarkedUTF16Units
        // The space gives a NUL byte, so the shorter text cannot pass for anything else.
        let words = "بوتين وماسك في موسكو".unicodeScalars
        let text = String(String.UnicodeScalarView(words.prefix(minimum)))
        #expect(try ArabicTextDecoder.decode(Self.utf16(text, bigEndian: false)).encoding == "utf-16le")
        #expect(try ArabicTextDecoder.decode(Self.utf16(text, bigEndian: true)).encoding == "utf-16be")
        let shorter = String(String.UnicodeScalarView(words.prefix(minimum - 1)))
        #expect(throws: TextDecodingError.self) { try ArabicTextDecoder.decode(Self.utf16(shorter, bigEndian: false)) }
        #expect(throws: TextDecodingError.self) { try ArabicTextDecoder.decode(Self.utf16(shorter, bigEndian: true)) }
    }

    /// The fuzzer's case: «ا», a NUL and a space were read as UTF-16BE with a broken surrogate.
    @Test(
        arguments: [
            [0xD8, 0xA7, 0x00, 0x20], [0x61, 0x00], [0x00, 0x61, 0x00, 0x62],
            Array("نعم".utf8) + [0x00, 0x0A],
        ] as [[UInt8]])
    func tinyFragmentsAreNotUTF16(_ bytes: [UInt8]) throws {
        let nul = try #require(bytes.firstIndex(of: 0))
        #expect {
            _ = try ArabicTextDecoder.decode(bytes)
        } throws: { error in
            guard let error = error as? TextDecodingError else { return false }
            return error.byteOffset == nul && error.message.contains("NUL byte")
        }
    }

    /// Arabic UTF-8 whose words are padded with NULs has high-looking bytes in half the units,
    /// but its letters are well-formed UTF-8, which UTF-16 text never is.
    @Test func utf8WithNULsInHalfTheUnitsIsNotUTF16() throws {
        let bytes = Array("بوتين وماسك في موسكو".unicodeScalars).flatMap { scalar -> [UInt8] in
            Array(String(scalar).utf8) + (scalar == " " ? [0x00] : [0x20, 0x00])
        }
        #expect(bytes.count >= 2 * ArabicTextDecoder.minimumUnmarkedUTF16Units)
        let nul = try #require(bytes.firstIndex(of: 0))
        #expect {
            _ = try ArabicTextDecoder.decode(bytes)
        } throws: { error in
            (error as? TextDecodingError)?.byteOffset == nul
        }
    }
}
