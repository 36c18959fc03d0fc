import Foundation
import Testing

@testable import ArabicText

/// Bytes from a hex string written by Python codecs (`s.encode("cp1256").hex()`).
private func bytes(_ hex: String) -> [UInt8] {
    var result: [UInt8] = []
    var index = hex.startIndex
    while index < hex.endIndex {
        let next = hex.index(index, offsetBy: 2)
        result.append(UInt8(hex[index..<next], radix: 16) ?? 0)
        index = next
    }
    return result
}

struct DecoderCase: Sendable, CustomStringConvertible {
    let name: String
    let bytes: [UInt8]
    let text: String
    let encoding: String
    var description: String { name }
}

struct DecoderErrorCase: Sendable, CustomStringConvertible {
    let name: String
    let bytes: [UInt8]
    let byteOffset: Int
    let messageContains: String
    var description: String { name }
}

/// `count` bytes in `range` from a fixed-seed generator (SplitMix64), the same on every run.
private func randomBytes(_ count: Int, in range: ClosedRange<UInt8>) -> [UInt8] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    let width = UInt64(range.count)
    return (0..<count).map { _ in
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = (state ^ (state >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return range.lowerBound + UInt8((mixed ^ (mixed >> 31)) % width)
    }
}

private let putin = "بوتين"
private let beijing = "بوتين يصل إلى بكين"
private let cases: [DecoderCase] = [
    DecoderCase(
        name: "E1 windows-1256 word, ISO reading has tanwin mid-word",
        bytes: [0xC8, 0xE6, 0xCA, 0xED, 0xE4], text: putin, encoding: "windows-1256"),
    DecoderCase(
        name: "E2 UTF-16LE with BOM",
        bytes: [0xFF, 0xFE] + Array(putin.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
        text: putin, encoding: "utf-16le"),
    DecoderCase(
        name: "E3 ISO-8859-6 sentence",
        bytes: bytes("e2c7e420c8e8caeae620c5e620c7e4e3d1e5e4eae620e5d3cad9cf"),
        text: "قال بوتين إن الكرملين مستعد", encoding: "iso-8859-6"),
    DecoderCase(
        name: "windows-1256 news sentence with comma and فـ (undefined in ISO)",
        bytes: bytes(
            "c3dae1e420c7e1dfd1e3e1ede4a120c7e1ede6e320c7e1cce3dac9a120c3e420c7e1d1c6edd320dde1c7cfede3edd120c8e6caede420d3edd2e6d120c7e1d5ede420dded20c3ede1e6e120c7e1e3dec8e12e"
        ),
        text: "أعلن الكرملين، اليوم الجمعة، أن الرئيس فلاديمير بوتين سيزور الصين في أيلول المقبل.",
        encoding: "windows-1256"),
    DecoderCase(
        name: "windows-1256 sentence that ISO also decodes (scored)",
        bytes: bytes("e6d5e120c7e1d1c6edd320c7e1d3e6d1ed20c5e1ec20c8edd1e6ca20c7e1ede6e3"),
        text: "وصل الرئيس السوري إلى بيروت اليوم", encoding: "windows-1256"),
    DecoderCase(
        name: "ISO-8859-6 sentence 2",
        bytes: bytes(
            "e8c3d6c7e120c7e4e5cacdcfcb20c8c7d3e520c7e4cde3e8e5c920c3e620c7e4c7cccae5c7d920d3ead9e2cf20e1ea20c7e4e2c7e7d1c9"
        ),
        text: "وأضاف المتحدث باسم الحكومة أن الاجتماع سيعقد في القاهرة", encoding: "iso-8859-6"),
    DecoderCase(
        name: "same sentence in ISO-8859-6",
        bytes: bytes(
            "e2c7e420e8d2ead120c7e4cec7d1cceac920c5e620c7e4e5e1c7e8d6c7ca20e5d920c7e4e8e4c7eac7ca20c7e4e5cacdcfc920e5c720d2c7e4ca20e5cad9cbd1c9"
        ),
        text: "قال وزير الخارجية إن المفاوضات مع الولايات المتحدة ما زالت متعثرة", encoding: "iso-8859-6"),
    DecoderCase(
        name: "same sentence in windows-1256",
        bytes: bytes(
            "dec7e120e6d2edd120c7e1cec7d1ccedc920c5e420c7e1e3ddc7e6d6c7ca20e3da20c7e1e6e1c7edc7ca20c7e1e3cacdcfc920e3c720d2c7e1ca20e3cadacbd1c9"
        ),
        text: "قال وزير الخارجية إن المفاوضات مع الولايات المتحدة ما زالت متعثرة", encoding: "windows-1256"),
    DecoderCase(
        name: "UTF-8 with BOM, BOM dropped", bytes: [0xEF, 0xBB, 0xBF] + Array("قال \(putin)".utf8),
        text: "قال \(putin)", encoding: "utf-8"),
    DecoderCase(
        name: "UTF-8 without BOM", bytes: Array("٢٠ سبتمبر/أيلول ٢٠٢٤".utf8),
        text: "٢٠ سبتمبر/أيلول ٢٠٢٤", encoding: "utf-8"),
    DecoderCase(name: "ASCII only", bytes: Array("SpaceX 2024".utf8), text: "SpaceX 2024", encoding: "utf-8"),
    DecoderCase(name: "empty file", bytes: [], text: "", encoding: "utf-8"),
    DecoderCase(
        name: "UTF-16BE with BOM",
        bytes: bytes("feff06280648062a064a06460020064a063506440020062506440649002006280643064a0646"),
        text: beijing, encoding: "utf-16be"),
    DecoderCase(
        name: "UTF-16LE without BOM",
        bytes: bytes("280648062a064a06460620004a063506440620002506440649062000280643064a064606"),
        text: beijing, encoding: "utf-16le"),
    DecoderCase(
        name: "UTF-16BE without BOM",
        bytes: bytes("06280648062a064a06460020064a063506440020062506440649002006280643064a0646"),
        text: beijing, encoding: "utf-16be"),
    DecoderCase(
        name: "UTF-32LE with BOM",
        bytes: bytes(
            "fffe000028060000480600002a0600004a06000046060000200000004a0600003506000044060000200000002506000044060000490600002000000028060000430600004a06000046060000"
        ),
        text: beijing, encoding: "utf-32le"),
    DecoderCase(
        name: "UTF-32BE with BOM",
        bytes: bytes(
            "0000feff00000628000006480000062a0000064a00000646000000200000064a0000063500000644000000200000062500000644000006490000002000000628000006430000064a00000646"
        ),
        text: beijing, encoding: "utf-32be"),
    DecoderCase(
        name: "saved HTML declaring windows-1256",
        bytes: Array("<meta charset=\"windows-1256\"><p>".utf8) + [0xC8, 0xE6, 0xCA, 0xED, 0xE4],
        text: "<meta charset=\"windows-1256\"><p>\(putin)", encoding: "windows-1256"),
]

private let errorCases: [DecoderErrorCase] = [
    DecoderErrorCase(
        name: "truncated UTF-8 at end of file",
        bytes: Array(bytes("d982d8a7d98420d8a8d988d8aad98ad986").dropLast()),
        byteOffset: 15, messageContains: "truncated"),
    DecoderErrorCase(
        name: "UTF-8 with one damaged byte in the middle",
        bytes: Array("قال بوتين".utf8.prefix(6)) + [0x20, 0xFF] + Array(" إن الكرملين مستعد".utf8),
        byteOffset: 7, messageContains: "0xFF"),
    DecoderErrorCase(
        name: "lead byte followed by ASCII",
        bytes: Array("الكرملين".utf8) + [0xD8, 0x20] + Array("بوتين".utf8),
        byteOffset: 16, messageContains: "followed by 0x20"),
    DecoderErrorCase(
        // ED A0 80 is the UTF-16 surrogate U+D800 written as UTF-8 (CESU-8): A0 is a
        // continuation byte, just not one ED may take.
        name: "UTF-8 with an encoded surrogate",
        bytes: Array("الكرملين ".utf8) + [0xED, 0xA0, 0x80] + Array(" بوتين".utf8),
        byteOffset: 17, messageContains: "0xED 0xA0 at byte 17 starts a UTF-16 surrogate"),
    DecoderErrorCase(
        name: "UTF-8 with an overlong encoding",
        bytes: Array("الكرملين ".utf8) + [0xE0, 0x80, 0xAF] + Array(" بوتين".utf8),
        byteOffset: 17, messageContains: "starts an overlong encoding"),
    DecoderErrorCase(
        name: "NUL bytes in a binary file",
        bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48],
        byteOffset: 8, messageContains: "NUL"),
    DecoderErrorCase(
        name: "UTF-16LE with BOM and odd length",
        bytes: [0xFF, 0xFE, 0x28, 0x06, 0x48], byteOffset: 4, messageContains: "odd number"),
    DecoderErrorCase(
        name: "UTF-16BE with unpaired high surrogate",
        bytes: [0xFE, 0xFF, 0x06, 0x28, 0xD8, 0x3D, 0x00, 0x20], byteOffset: 4, messageContains: "surrogate"),
    DecoderErrorCase(
        // «Le ministre des Affaires étrangères a été reçu à Alger» in Windows-1252: read as an
        // Arabic encoding, é, è, ç and à became Arabic letters inside the words.
        name: "French text in Windows-1252",
        bytes: Array("Le ministre des Affaires ".utf8) + [0xE9] + Array("trang".utf8) + [0xE8]
            + Array("res a ".utf8) + [0xE9, 0x74, 0xE9] + Array(" re".utf8) + [0xE7, 0x75, 0x20, 0xE0]
            + Array(" Alger".utf8),
        byteOffset: 25, messageContains: "Western legacy encoding"),
    DecoderErrorCase(
        // A space, then a control character: the first odd character is at offset 1.
        name: "E5 random bytes 01-FF", bytes: [0x20, 0x01] + randomBytes(3_000, in: 0x01...0xFF),
        byteOffset: 1, messageContains: "does not look like text"),
    DecoderErrorCase(
        // A space, then «A» against «ا»: the first odd character is the «A» at offset 1.
        name: "E6 random bytes 20-FF", bytes: [0x20, 0x41, 0xC7] + randomBytes(3_000, in: 0x20...0xFF),
        byteOffset: 1, messageContains: "of its letters touch a letter of another script"),
    DecoderErrorCase(
        name: "UTF-8 BOM then invalid byte",
        bytes: [0xEF, 0xBB, 0xBF, 0xD8, 0xA8, 0xC0, 0x80], byteOffset: 5, messageContains: "0xC0"),
]

@Suite struct DecoderTests {
    @Test(arguments: cases)
    func decodes(_ testCase: DecoderCase) throws {
        let decoded = try ArabicTextDecoder.decode(testCase.bytes)
        #expect(decoded.encoding == testCase.encoding, "\(decoded.note)")
        #expect(decoded.text.unicodeScalars.elementsEqual(testCase.text.unicodeScalars))
        #expect(!decoded.note.isEmpty)
        #expect(!decoded.text.unicodeScalars.contains("\u{FFFD}"))
        #expect(!decoded.text.unicodeScalars.contains("\u{FEFF}"))
    }

    @Test(arguments: errorCases)
    func rejects(_ testCase: DecoderErrorCase) {
        #expect {
            _ = try ArabicTextDecoder.decode(testCase.bytes)
        } throws: { error in
            guard let error = error as? TextDecodingError else { return false }
            return error.byteOffset == testCase.byteOffset && error.message.contains(testCase.messageContains)
        }
    }

    /// E7: the Arabic pages of the fixtures and the seeds, re-encoded in each legacy encoding
    /// (the characters it lacks dropped), read as text: §7.4 was measured on them.
    @Test(arguments: LegacyArabicEncoding.allCases)
    func realArabicPagesReadAsTextInLegacyEncodings(_ encoding: LegacyArabicEncoding) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..")
        // The labelled pages in Arabic are named `ar-…`; the seeds are all Arabic.
        var pages: [URL] = []
        for (folder, prefix) in [("Tests/Fixtures/loader/labelled/real", "ar-"), ("seeds/articles", "")] {
            let url = root.appendingPathComponent(folder).standardizedFileURL
            pages += try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "txt" && $0.lastPathComponent.hasPrefix(prefix) }
        }
        #expect(pages.count >= 100)
        var byteOf: [Unicode.Scalar: UInt8] = [:]
        for byte in UInt8.min...UInt8.max {
            if let scalar = encoding.scalar(for: byte) { byteOf[scalar] = byte }
        }
        for page in pages {
            let text = try String(contentsOf: page, encoding: .utf8)
            let bytes = text.unicodeScalars.compactMap { byteOf[$0] }
            #expect(throws: Never.self, "\(page.lastPathComponent)") { try ArabicTextDecoder.decode(bytes) }
        }
    }

    @Test func noteExplainsLegacyChoice() throws {
        let iso = try ArabicTextDecoder.decode(bytes("e2c7e420c8e8caeae620c5e620c7e4e3d1e5e4eae620e5d3cad9cf"))
        #expect(iso.note.contains("not UTF-8"))
        #expect(iso.note.contains("score"))
        let windows = try ArabicTextDecoder.decode(bytes("dec7e120e6d2edd120"))
        #expect(windows.note.contains("0xDE"))
    }

    /// Guards the toolchain: Foundation must decode both legacy encodings exactly like our tables
    /// (swift-foundation 6.0 on Linux had lost them, issue #1216).
    @Test(arguments: LegacyArabicEncoding.allCases)
    func foundationMatchesTable(_ encoding: LegacyArabicEncoding) {
        let defined = (0...255).map(UInt8.init).filter { encoding.scalar(for: $0) != nil }
        let viaFoundation = String(data: Data(defined), encoding: encoding.foundationEncoding)
        #expect(viaFoundation?.unicodeScalars.elementsEqual(encoding.decodeWithTable(defined).unicodeScalars) == true)
        #expect(encoding.foundationAgreesWithTable)
    }

    @Test func isoUndefinedBytes() {
        let undefined = (0x80...0xFF).map(UInt8.init).filter { LegacyArabicEncoding.iso88596.scalar(for: $0) == nil }
        let expected: [UInt8] =
            [0xA1, 0xA2, 0xA3] + Array(0xA5...0xAB) + Array(0xAE...0xBA) + [0xBC, 0xBD, 0xBE, 0xC0]
            + Array(0xDB...0xDF) + Array(0xF3...0xFF)
        #expect(undefined == expected)
        #expect((0x80...0xFF).allSatisfy { LegacyArabicEncoding.windows1256.scalar(for: UInt8($0)) != nil })
    }

    @Test(
        arguments: [
            ("cp1256", "windows-1256"), ("X-CP1256", "windows-1256"), ("ASMO-708", "iso-8859-6"),
            ("iso_8859-6:1987", "iso-8859-6"), ("utf8", "utf-8"), ("latin1", nil),
        ] as [(String, String?)])
    func labels(_ label: String, _ expected: String?) {
        #expect(ArabicTextDecoder.encodingName(forLabel: label) == expected)
    }
}
