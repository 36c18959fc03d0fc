import DossierLoader
import DossierModel
import Foundation
import Testing

@testable import DossierAnalysis

/// The build cache's binary form reads back every value exactly, and refuses damaged bytes.
struct BinaryCodingTests {
    private struct Sample: Codable, Equatable {
        enum Kind: String, Codable { case one, two }
        var text: String
        var number: Int
        var negative: Int64
        var small: UInt8
        var fraction: Double
        var flag: Bool
        var missing: String?
        var present: Int?
        var nested: String??
        var list: [String]
        var holes: [Int?]
        var table: [String: [Int]]
        var numbered: [Int: String]
        var kind: Kind
        var parts: [ArticlePart]
        var inner: [Sample]
    }

    private func roundTrip<Value: Codable & Equatable>(_ value: Value) throws -> Value {
        try BinaryDecoder.decode(Value.self, from: BinaryEncoder.encode(value)[...])
    }

    private let sample = Sample(
        text: "نص عربي\nمع سطر", number: -300, negative: .min, small: 255, fraction: -0.1, flag: true, missing: nil,
        present: 0, nested: .some(nil), list: ["", "a", "ب"], holes: [1, nil, 3], table: ["x": [1], "": []],
        numbered: [-1: "a", 7: ""], kind: .two, parts: [.title, .paragraph(0), .paragraph(41)],
        inner: [
            Sample(
                text: "", number: .max, negative: 0, small: 0, fraction: .infinity, flag: false, missing: "m",
                present: nil, nested: "n", list: [], holes: [], table: [:], numbered: [:], kind: .one, parts: [],
                inner: [])
        ])

    @Test func valuesReadBackExactly() throws {
        #expect(try roundTrip(sample) == sample)
        #expect(try roundTrip("") == "")
        #expect(try roundTrip([String?]()) == [])
        #expect(try roundTrip(Optional<Int>.none) == nil)
    }

    /// What the cache holds: an article as read, with its diagnostics.
    @Test func anArticleReadsBackExactly() throws {
        let article = Article(
            id: "a-1",
            source: SourceFile(relativePath: "articles/a-1.txt", sha256: "ff", byteCount: 12, encoding: "utf-8"),
            title: "عنوان", paragraphs: [Paragraph(text: "فقرة أولى.", line: 3), Paragraph(text: "ثانية", line: 5)])
        let cached = CachedArticle(
            key: "k", article: article, outletName: nil,
            diagnostics: [.warning(.outletUnnamed, "a warning", at: SourceLocation(path: "p", line: 2), fix: "fix it")])
        #expect(try roundTrip(cached) == cached)
    }

    @Test func damagedBytesAreRefused() throws {
        let bytes = try BinaryEncoder.encode(sample)
        for length in [0, 1, bytes.count / 3, bytes.count - 1] {
            #expect(throws: DecodingError.self) { try BinaryDecoder.decode(Sample.self, from: bytes.prefix(length)) }
        }
        #expect(throws: DecodingError.self) { try BinaryDecoder.decode(Sample.self, from: (bytes + [0])[...]) }
        // A count of four billion in four bytes allocates nothing: it is refused.
        #expect(throws: DecodingError.self) {
            try BinaryDecoder.decode([Int].self, from: [255, 255, 255, 255, 0][...])
        }
    }

    /// An enum with associated values asks its decoder for the keys it holds, which a binary
    /// record does not keep: decoding it throws rather than guesses.
    @Test func aTypeThatNeedsItsKeysFailsToDecode() throws {
        enum Shape: Codable, Equatable { case circle(radius: Int), square(side: Int) }
        let bytes = try BinaryEncoder.encode(Shape.square(side: 2))
        #expect(throws: DecodingError.self) { try BinaryDecoder.decode(Shape.self, from: bytes[...]) }
    }
}
