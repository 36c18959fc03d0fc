import Foundation
import Testing

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

    /// The buffer is made at the size the counting pass found, not grown by doubling.
    @Test func theBufferIsMadeAtItsFinalSize() {
        let value = JSONValue.array((0..<2000).map { .object(["text": .string("قال \($0)\n"), "n": .int($0)]) })
        let bytes = value.encoded()
        var counter = JSONWriter(into: JSONByteCount())
        counter.write(value)
        counter.finishLine()
        #expect(counter.bytes.count == bytes.count)
        #expect(bytes.capacity < bytes.count + bytes.count / 8)
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
}
