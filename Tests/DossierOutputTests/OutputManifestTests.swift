import Foundation
import Testing

@testable import DossierOutput

/// The manifest's bytes, written by hand, read by `JSONDecoder`: whatever the paths, what is
/// read is what was written, and the same manifest always gives the same bytes.
struct OutputManifestTests {
    private let folder = URL(fileURLWithPath: "/nonexistent")

    @Test func pathsThatNeedEscapingReadBackAsWritten() throws {
        let paths = [
            "index.html", "assets/خط عربي.woff2", "a \"quoted\" name.txt", "back\\slash.css", "tab\there.js",
            "line\nbreak.txt", "bell\u{7}.txt", "ملاحظات/صفحة/2/index.html", "emoji 🗞️.svg",
        ]
        let manifest = OutputManifest(
            files: Dictionary(
                uniqueKeysWithValues: paths.enumerated().map { position, path in
                    (path, OutputManifest.Entry(size: position * 1000, sha256: String(repeating: "ab", count: 32)))
                }),
            folders: ["pagefind", "search \"index\""])
        let read = try OutputManifest.decode(manifest.encoded(), in: folder)
        #expect(read == manifest)
        #expect(manifest.encoded() == read.encoded())
    }

    @Test func anEmptyManifestReadsBack() throws {
        let manifest = OutputManifest(files: [:], folders: [])
        #expect(try OutputManifest.decode(manifest.encoded(), in: folder) == manifest)
    }

    @Test func theBytesAreSortedOneEntryALine() throws {
        let manifest = OutputManifest(
            files: [
                "b.html": OutputManifest.Entry(size: 2, sha256: "bb"),
                "a.html": OutputManifest.Entry(size: 1, sha256: "aa"),
            ], folders: [])
        let text = String(decoding: manifest.encoded(), as: UTF8.self)
        let lines = text.split(separator: "\n")
        #expect(lines.firstIndex(of: "    \"a.html\" : {") ?? 99 < lines.firstIndex(of: "    \"b.html\" : {") ?? 0)
        #expect(lines.contains("      \"size\" : 2"))
        #expect(text.hasSuffix("}\n"))
    }
}
