import DossierOutput
import Foundation
import Testing

@testable import DossierAnalysis
@testable import DossierSite

/// Pages taken unchanged from the previous build are checked from the links the cache recorded
/// for them, without parsing them; a link of theirs that the new site breaks is still reported
/// at its line.
struct RecordedLinksTests {
    private func file(_ path: String, _ html: String) -> RenderedFile {
        RenderedFile(path: path, content: .bytes(Array(html.utf8)))
    }

    @Test func aRecordedPageIsCheckedWithoutBeingParsed() {
        let page = file("a/index.html", #"<p id="x"><a href="../b/index.html#y">b</a></p>"#)
        let target = file("b/index.html", #"<p id="y">y</p>"#)
        // The record says the page links to a missing file; the checker trusts it over the bytes.
        let recorded = PageLinks(ids: ["x"], links: ["../missing.html"])
        let (diagnostics, links) = LinkChecker().check([page, target], known: [page.path: recorded])
        #expect(links[page.path] == recorded)
        #expect(links[target.path] == PageLinks(ids: ["y"], links: []))
        // Its broken record made it parse the page, which has no broken link after all.
        #expect(diagnostics.isEmpty)
    }

    @Test func aLinkOfARecordedPageThatTheNewSiteBreaksIsReportedAtItsLine() {
        let page = file("a/index.html", "<p id=\"x\">\n<a href=\"../b/index.html#y\">b</a></p>")
        let target = file("b/index.html", #"<p id="z">the anchor is gone</p>"#)
        let recorded = PageLinks(ids: ["x"], links: ["../b/index.html#y"])
        let (diagnostics, _) = LinkChecker().check([page, target], known: [page.path: recorded])
        #expect(diagnostics.map(\.code) == [.brokenAnchor])
        #expect(diagnostics.first?.location?.line == 2)
    }

    @Test func anUnchangedPageIsReadFromTheOldOutputOnlyToPlaceABrokenLink() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recorded-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = folder.appendingPathComponent("index.html")
        try Data("<p id=\"x\">\n\n<a href=\"b/index.html#y\">b</a></p>".utf8).write(to: old)
        let page = RenderedFile(
            path: "a/index.html", content: .unchanged(sha256: "not-checked-here", previous: old.path))
        let target = file("a/b/index.html", #"<p id="z">the anchor is gone</p>"#)
        let recorded = PageLinks(ids: ["x"], links: ["b/index.html#y"])
        let (diagnostics, links) = LinkChecker().check([page, target], known: [page.path: recorded])
        #expect(links[page.path] == recorded)
        #expect(diagnostics.map(\.code) == [.brokenAnchor])
        #expect(diagnostics.first?.location?.line == 3)
    }

    @Test func recordedLinksSurviveEncodingLineBreaksIncluded() throws {
        for links in [
            PageLinks(ids: ["p-1", "m-2"], links: ["../a/", "#p-1", "style.css"]),
            PageLinks(ids: [], links: []),
            PageLinks(ids: ["odd\nid"], links: ["a\nb"]),
        ] {
            let decoded = try BinaryDecoder.decode(PageLinks.self, from: try BinaryEncoder.encode(links)[...])
            #expect(decoded == links)
            #expect(decoded.ids == links.ids && decoded.links == links.links)
        }
    }

    /// A value written through its own `encode(to:)`, never through a binary form of its type.
    private struct Synthesized<Value: Encodable>: Encodable {
        let value: Value

        func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
    }

    /// A page's record, written by hand, has the bytes of its `Codable` form, and reads back.
    @Test func aPageRecordIsWrittenAsItsCodableFormWouldWriteIt() throws {
        let record = BuildCache.PageRecord(
            fingerprint: "sources inputs", sha256: "ab12", links: PageLinks(ids: ["p-1"], links: ["../a/", "#p-1"]))
        let bytes = try BinaryEncoder.encode(record)
        #expect(try bytes == BinaryEncoder.encode(Synthesized(value: record)))
        #expect(try BinaryDecoder.decode(BuildCache.PageRecord.self, from: bytes[...]) == record)
    }

    @Test func recordedLinksThatCutOutsideTheirValuesAreRefused() throws {
        /// A record's binary form written by hand: packed values, ends, number of ids.
        func record(_ packed: String, ends: [UInt32], ids: UInt64) throws -> [UInt8] {
            let sink = BinarySink()
            sink.string(packed)
            try sink.encodeArray(ends)
            sink.varint(ids)
            return sink.bytes
        }
        #expect(try BinaryDecoder.decode(PageLinks.self, from: record("ab", ends: [1, 2], ids: 1)[...]).ids == ["a"])
        for bad in [
            try record("ab", ends: [2, 1], ids: 0), try record("ab", ends: [1, 3], ids: 0),
            try record("ab", ends: [1, 2], ids: 3),
        ] {
            #expect(throws: DecodingError.self) { try BinaryDecoder.decode(PageLinks.self, from: bad[...]) }
        }
    }
}
