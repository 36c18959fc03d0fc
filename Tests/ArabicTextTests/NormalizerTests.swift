import ArabicText
import Foundation
import Testing

/// One normaliser test vector, shared with the JavaScript port.
struct NormalizerVector: Decodable, Sendable, CustomTestStringConvertible {
    let note: String
    let input: String
    let matchKey: String
    let searchKey: String
    var testDescription: String { note }

    /// Vectors from `Resources/normalizer-vectors.json`, located next to this file.
    static func load() throws -> [NormalizerVector] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Resources/normalizer-vectors.json")
        return try JSONDecoder().decode([NormalizerVector].self, from: Data(contentsOf: url))
    }
}

@Suite("Normaliser")
struct NormalizerTests {
    @Test func vectorsFileHasAllNRows() throws {
        let vectors = try NormalizerVector.load()
        #expect(vectors.count >= 20)
        for row in 1...10 { #expect(vectors.contains { $0.note.hasPrefix("N\(row) ") }, "N\(row)") }
    }

    @Test(arguments: try NormalizerVector.load())
    func vector(_ vector: NormalizerVector) {
        #expect(ArabicNormalizer.matchKeyString(vector.input) == vector.matchKey)
        #expect(ArabicNormalizer.searchKey(vector.input).string == vector.searchKey)
    }

    @Test(arguments: [
        ("N4 both spellings equal", "مسؤول", "مسئول"),
        ("hamza-less alef", "احمد", "أحمد"),
        ("tashkeel", "بِسْمِ", "بسم"),
        ("Egyptian yaa", "مصطفي", "مصطفى"),
    ])
    func equalKeys(_ name: String, _ lhs: String, _ rhs: String) {
        #expect(ArabicNormalizer.matchKeyString(lhs) == ArabicNormalizer.matchKeyString(rhs), "\(name)")
    }

    @Test func offsetMapPointsBackToL0() {
        let text = "الرَّئِيسُ بوتـين"
        let key = ArabicNormalizer.matchKey(text)
        #expect(key.string == "الرءيس بوتين")
        #expect(key.sourceOffsets.count == key.scalars.count + 1)
        #expect(key.sourceOffsets.last == text.unicodeScalars.count)
        // «بوتين» starts at L1 7; in L0 after 10 scalars of «الرَّئِيسُ» and a space.
        #expect(key.sourceOffsets[7] == 11)
        #expect(key.sourceRange(of: 7..<12) == 11..<17)
        // Trailing diacritics belong to the letter before them.
        #expect(key.sourceRange(of: 0..<6) == 0..<10)
        #expect(key.sourceOffsets == key.sourceOffsets.sorted())
    }

    @Test func offsetMapSurvivesComposition() {
        let text = "ا\u{0655}يران"
        let key = ArabicNormalizer.matchKey(text)
        #expect(key.string == "ايران")
        #expect(key.sourceRange(of: 0..<5) == 0..<6)
        #expect(key.sourceOffsets[1] == 2)
    }

    @Test func presentationFormsMapToTheirSource() {
        let key = ArabicNormalizer.matchKey("\u{FEFB}م")
        #expect(key.string == "لام")
        #expect(key.sourceOffsets == [0, 0, 1, 2])
        // A range ending inside the ligature's letters covers the whole ligature.
        #expect(key.sourceRange(of: 0..<1) == 0..<1)
        #expect(key.sourceRange(of: 1..<2) == 0..<1)
        #expect(key.sourceRange(of: 0..<3) == 0..<2)
    }

    /// A key longer than its text: «ﷺ» is one scalar whose key is a phrase of four words, so
    /// the key's room, made for the text's length, grows again and again.
    @Test func aKeyGrowsPastTheLengthOfItsText() {
        let one = ArabicNormalizer.matchKey("\u{FDFA}")
        #expect(one.string == "صلي الله عليه وسلم")
        #expect(one.sourceOffsets == Array(repeating: 0, count: one.count) + [1])
        let text = String(repeating: "\u{FDFA} ", count: 40)
        let key = ArabicNormalizer.matchKey(text)
        #expect(key.string == String(repeating: one.string + " ", count: 40))
        #expect(key.sourceOffsets.last == 80)
        #expect(zip(key.sourceOffsets, key.sourceOffsets.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(key.sourceOffsets[one.count + 1] == 2)
    }

    @Test func normalizedIndexFindsL1Position() {
        let key = ArabicNormalizer.matchKey("بـــوتين قال")
        #expect(key.normalizedIndex(atOrAfter: 9) == 6)
        #expect(key.normalizedIndex(atOrAfter: 0) == 0)
        #expect(key.normalizedIndex(atOrAfter: 100) == key.count)
    }

    @Test(arguments: [
        ("CRLF", "سطر\r\nثان\rثالث", "سطر\nثان\nثالث"),
        ("bidi controls and BOM", "\u{FEFF}بوتين\u{200F} \u{202B}قال\u{202C}\u{2066}x\u{2069}\u{061C}", "بوتين قالx"),
        ("NFC", "ا\u{0654}", "أ"),
        ("keeps tashkeel, tatweel, digits", "بـوتِين ٢٠٢٤", "بـوتِين ٢٠٢٤"),
    ])
    func displayText(_ name: String, _ raw: String, _ expected: String) {
        #expect(ArabicNormalizer.displayText(raw) == expected, "\(name)")
    }

    @Test func searchKeyKeepsOffsets() {
        let text = "العقوبات الأميركية"
        let key = ArabicNormalizer.searchKey(text)
        #expect(key.string == "عقوب اميرك")
        #expect(key.sourceOffsets.first == 2)
        #expect(key.sourceOffsets.last == text.unicodeScalars.count)
    }

    @Test(arguments: [
        ("Arabic and Latin runs", "أطلقت SpaceX صاروخ", ["اطلقت", "spacex", "صاروخ"]),
        ("script change is a boundary", "كوفيد19 iPhone15", ["كوفيد", "19", "iphone15"]),
        ("punctuation splits", "«ستارلينك»، (ناسا)", ["ستارلينك", "ناسا"]),
        ("diacritics do not split", "بُوتِين", ["بوتين"]),
    ])
    func tokens(_ name: String, _ text: String, _ expected: [String]) {
        #expect(ArabicTokenizer.tokens(in: text).map(\.text) == expected, "\(name)")
    }

    @Test func tokenRangesAreL0() {
        let text = "قال «بوتين»"
        let tokens = ArabicTokenizer.tokens(in: text)
        #expect(tokens.map(\.sourceRange) == [0..<3, 5..<10])
        #expect(tokens.map(\.script) == [.arabic, .arabic])
    }
}
