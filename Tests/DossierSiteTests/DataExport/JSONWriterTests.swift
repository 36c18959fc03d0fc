import DossierModel
import DossierTestFixtures
import Foundation
import Testing

@testable import DossierAnalysis
@testable import DossierSite

/// The exports' own JSON writer gives the bytes Foundation's encoder gives with
/// `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`, so the files did not change when it
/// replaced the encoder.
struct JSONWriterTests {
    private func foundation(_ value: JSONValue, compact: Bool = false) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            compact ? [.sortedKeys, .withoutEscapingSlashes] : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value)) + [0x0A]
    }

    @Test func writesWhatFoundationWrites() throws {
        let tricky = "«قال» \"quoted\" back\\slash a/b\n\r\t\u{8}\u{C}\u{1}\u{1F}\u{7F}\u{2028} é 🇱🇧"
        let value = JSONValue.object([
            "b": .array([.int(1), .int(-9_223_372_036_854_775_808), .bool(true), .bool(false), .null]),
            "a": .string(tricky),
            "A": .object([:]),
            "_": .array([]),
            "a_b": .array([.array([]), .object(["z": .string(""), "y": .array([.object(["k": .int(0)])])])]),
            "مفتاح": .string("قيمة"),
        ])
        #expect(value.encoded() == (try foundation(value)))
        #expect(value.encoded(compact: true) == (try foundation(value, compact: true)))
    }

    /// Every byte that needs an escape, at every place in strings of up to 24 bytes, among the
    /// bytes next to it in value (0x1F and 0x20, 0x21 and 0x23, 0x5B and 0x5D) and non-ASCII
    /// ones, is found and written as Foundation writes it.
    @Test func everyByteThatNeedsAnEscapeIsFoundWherever() throws {
        let fillers: [[UInt8]] = [Array("a".utf8), Array("\u{20}".utf8), Array("!#[]".utf8), Array("قال".utf8)]
        for length in 0...24 {
            for filler in fillers {
                let plain = (0..<length).map { filler[$0 % filler.count] }
                let text = String(decoding: plain, as: UTF8.self)
                #expect(JSONValue.string(text).encoded() == (try foundation(.string(text))))
                for position in 0..<length {
                    for special in [UInt8(0x00), 0x1F, 0x0A, 0x22, 0x5C] {
                        var bytes = plain
                        bytes[position] = special
                        let text = String(decoding: bytes, as: UTF8.self)
                        let value = JSONValue.string(text)
                        #expect(value.encoded() == (try foundation(value)), "\(bytes)")
                    }
                }
            }
        }
    }

    /// The buffer a document is returned in is about its size, not up to twice it as one grown
    /// by doubling is.
    @Test func theBufferIsAboutItsFinalSize() throws {
        for count in [0, 1, 2000] {
            let value = JSONValue.array((0..<count).map { .object(["text": .string("قال \($0)\n"), "n": .int($0)]) })
            let bytes = value.encoded()
            #expect(bytes == (try foundation(value)))
            #expect(bytes.capacity <= bytes.count + bytes.count / 8 + 32)
        }
    }

    @Test func theDossierExportIsUnchanged() throws {
        let analyzed = DossierAnalyzer.analyze(AnalysisFixture.dossier()).0
        let document = DossierJSON.document(analyzed)
        #expect(document.encoded() == (try foundation(document)))
        let annotations = WebAnnotationExport.document(analyzed) { "articles/\($0)/" }
        #expect(annotations.encoded() == (try foundation(annotations)))
        for article in analyzed.articles {
            let file = DossierJSON.document(article)
            #expect(DossierJSON.encode(article) == (try foundation(file, compact: true)))
        }
    }

    /// An article's file is streamed from its analysis, in both layouts, with the bytes of its
    /// tree of values; arrays whose elements are all left out, or that are empty, included.
    @Test func theStreamedArticleFileIsTheTreesBytes() throws {
        let analyzed = DossierAnalyzer.analyze(AnalysisFixture.dossier()).0
        #expect(!analyzed.articles.isEmpty)
        for article in analyzed.articles {
            let tree = DossierJSON.document(article)
            let stream = ArticleJSONDocument(analysis: article)
            #expect(stream.encodedDocument(compact: true) == tree.encoded(compact: true))
            #expect(stream.encodedDocument(compact: false) == tree.encoded())
        }
        for compact in [true, false] {
            var writer = JSONWriter(into: [UInt8](), compact: compact)
            writer.writeObject(keys: ["b", "a", "c"], depth: 0) { writer, key, depth in
                switch key {
                case "a": writer.writeArray([1, 2, 3], depth: depth) { $0 == 2 ? nil : .int($0) }
                case "b": writer.writeArray([1], depth: depth) { _ in nil }
                default: writer.writeArray([Int](), depth: depth) { .int($0) }
                }
            }
            writer.finishLine()
            let tree = JSONValue.object(["a": .array([.int(1), .int(3)]), "b": .array([]), "c": .array([])])
            #expect(writer.bytes == (try foundation(tree, compact: compact)))
        }
    }
}
