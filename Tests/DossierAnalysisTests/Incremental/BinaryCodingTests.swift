import ArabicText
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

    /// A value written through its own `encode(to:)`, never through a binary form of its type.
    private struct Synthesized<Value: Encodable>: Encodable {
        let value: Value

        func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
    }

    @Test func rangesAndMentionsAreWrittenAsTheirCodableFormWouldWriteThem() throws {
        #expect(try BinaryEncoder.encode(-3..<70_000) == BinaryEncoder.encode(Synthesized(value: -3..<70_000)))
        #expect(try roundTrip(-3..<70_000) == -3..<70_000)
        let mentions = [
            ActorMention(
                id: "m-1", actor: "putin", article: "a-1", part: .paragraph(2), range: 4..<9, bodyRange: 120..<125,
                alias: "بوتين", surface: "وبوتين", strength: .strong),
            ActorMention(
                id: "t-1", actor: "x", article: "a-1", part: .title, range: 0..<1, bodyRange: nil, alias: "",
                surface: "س", strength: .weak),
        ]
        for mention in mentions {
            #expect(try BinaryEncoder.encode(mention) == BinaryEncoder.encode(Synthesized(value: mention)))
        }
        #expect(try roundTrip(mentions) == mentions)
    }

    /// The analysis part of the cache: a scan entry, and everything in it, is written by hand
    /// exactly as its `Codable` form would write it, and reads back; so is an article's paragraph.
    @Test func scanEntriesAndParagraphsAreWrittenAsTheirCodableFormWouldWriteThem() throws {
        for paragraph in [Paragraph(text: "فقرة أولى.", line: 3), Paragraph(text: "", line: -1)] {
            #expect(try BinaryEncoder.encode(paragraph) == BinaryEncoder.encode(Synthesized(value: paragraph)))
            #expect(try roundTrip(paragraph) == paragraph)
        }
        let mention = ActorMention(
            id: "m-1", actor: "putin", article: "a-1", part: .paragraph(2), range: 4..<9, bodyRange: 120..<125,
            alias: "بوتين", surface: "وبوتين", strength: .strong)
        let scan = ArticleScan(
            mentions: [mention], titleMentions: [],
            ambiguous: [
                AmbiguousMention(
                    article: "a-1", part: .title, range: 0..<3, bodyRange: nil, alias: "الرئيس", surface: "الرئيس",
                    strength: .weak, candidates: ["biden", "putin"]),
                AmbiguousMention(
                    article: "a-1", part: .paragraph(0), range: 1..<2, bodyRange: 7..<8, alias: "", surface: "س",
                    strength: .strong, candidates: []),
            ],
            topicHits: [
                TopicHit(
                    topic: "gas", article: "a-1", paragraphIndex: 3, range: 0..<5, bodyRange: 300..<305, term: "غاز",
                    surface: "الغاز")
            ], searchTerms: ["غاز", ""])
        let entries = [
            AnalysisCache.Entry(article: "digest", scan: scan, notedTerms: nil),
            AnalysisCache.Entry(
                article: "",
                scan: ArticleScan(mentions: [], titleMentions: [], ambiguous: [], topicHits: [], searchTerms: []),
                notedTerms: AnalysisCache.NotedTerms(notes: "n", terms: ["كلمة"])),
        ]
        for entry in entries {
            #expect(try BinaryEncoder.encode(entry) == BinaryEncoder.encode(Synthesized(value: entry)))
            #expect(try roundTrip(entry) == entry)
        }
        #expect(try BinaryEncoder.encode(scan) == BinaryEncoder.encode(Synthesized(value: scan)))
        for ambiguous in scan.ambiguous {
            #expect(try BinaryEncoder.encode(ambiguous) == BinaryEncoder.encode(Synthesized(value: ambiguous)))
        }
        for hit in scan.topicHits {
            #expect(try BinaryEncoder.encode(hit) == BinaryEncoder.encode(Synthesized(value: hit)))
        }
        for part in [ArticlePart.title, .paragraph(0), .paragraph(70_000)] {
            #expect(try BinaryEncoder.encode(part) == BinaryEncoder.encode(Synthesized(value: part)))
        }
        #expect(throws: DecodingError.self) { try BinaryDecoder.decode(ArticlePart.self, from: [3][...]) }
        #expect(throws: DecodingError.self) {
            try BinaryDecoder.decode(MentionStrength.self, from: BinaryEncoder.encode("medium")[...])
        }
    }

    @Test func aRangeOutOfOrderIsRefused() throws {
        let bytes = try BinaryEncoder.encode(Synthesized(value: [5, 2]))
        #expect(throws: DecodingError.self) { try BinaryDecoder.decode(Range<Int>.self, from: bytes[...]) }
        let three = try BinaryEncoder.encode([1, 2, 3])
        #expect(throws: DecodingError.self) { try BinaryDecoder.decode(Range<Int>.self, from: three[...]) }
    }

    @Test func anArrayIsWrittenAsItsUnkeyedContainerWouldWriteIt() throws {
        let numbers: [UInt32] = [0, 1, 300, 70_000, .max]
        #expect(try BinaryEncoder.encode(numbers) == BinaryEncoder.encode(Synthesized(value: numbers)))
        #expect(try BinaryEncoder.encode([sample]) == BinaryEncoder.encode(Synthesized(value: [sample])))
        #expect(
            try BinaryEncoder.encode([[1, 2], [3]]) == BinaryEncoder.encode(Synthesized(value: [[1, 2], [3]])))
        #expect(try roundTrip([[UInt32(1), 2], [], [3]]) == [[1, 2], [], [3]])
        #expect(try roundTrip([sample, sample]) == [sample, sample])
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
