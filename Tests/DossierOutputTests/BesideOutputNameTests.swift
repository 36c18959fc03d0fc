import Foundation
import Testing

@testable import DossierOutput

/// The names a build gives its files beside the output fit in a file name, however long the
/// output's own name, and a build that leaves no site leaves no lock file either.
struct BesideOutputNameTests {
    func write(_ text: String, into output: String, index: (URL) throws -> Void = { _ in }) throws {
        let writer = SiteWriter(output: try OutputFolder(path: output, protecting: [], force: false))
        _ = try writer.write([RenderedFile(path: "index.html", content: .bytes(Array(text.utf8)))], index: index)
    }

    /// Output names up to the longest a file name may have (255 bytes, here in two-byte Arabic
    /// letters and one odd ASCII byte) build, and build again over the previous site.
    @Test(arguments: [231, 240, 255])
    func anOutputWithALongNameBuildsAndRebuilds(bytes: Int) throws {
        let folder = try OutputTestFolder("long-name")
        defer { folder.remove() }
        let name = String(repeating: "م", count: bytes / 2) + (bytes % 2 == 1 ? "s" : "")
        #expect(name.utf8.count == bytes)
        try write("one", into: folder.path(name))
        try write("two", into: folder.path(name))
        #expect(try folder.snapshot(name)["index.html"] == "two")
        #expect(try folder.names().allSatisfy { $0.utf8.count <= 255 })
        #expect(try folder.names().count == 3, "the output, its lock file and the previous site")
    }

    /// Two long names the same in their first 230 bytes still get locks of their own: building
    /// into one never waits for, or removes the leftovers of, the other.
    @Test func longNamesThatDifferOnlyAtTheEndHaveLocksOfTheirOwn() {
        let shared = String(repeating: "s", count: 240)
        let one = OutputLock.fileName(for: URL(fileURLWithPath: "/tmp/" + shared + "-one"))
        let two = OutputLock.fileName(for: URL(fileURLWithPath: "/tmp/" + shared + "-two"))
        #expect(one != two)
        #expect(OutputLock.fileName(for: URL(fileURLWithPath: "/tmp/public")) == ".public.dossier-lock")
    }

    /// A name is cut at a character's end, never inside an Arabic letter's two bytes.
    @Test func aLongArabicNameIsCutBetweenLetters() {
        let stem = BesideOutputName.stem(for: String(repeating: "م", count: 127))
        #expect(stem.utf8.count <= BesideOutputName.nameLimit - BesideOutputName.longestAddition)
        #expect(stem.hasPrefix("ممم") && stem.unicodeScalars.allSatisfy { $0 == "م" || $0.isASCII })
    }

    /// A first build that fails leaves the folder as it found it: no output, no staging folder,
    /// no lock file.
    @Test func aFailedFirstBuildLeavesNoLockFile() throws {
        let folder = try OutputTestFolder("failed-first")
        defer { folder.remove() }
        struct IndexerFailed: Error {}
        #expect(throws: IndexerFailed.self) {
            try write("one", into: folder.path("public")) { _ in throw IndexerFailed() }
        }
        #expect(try folder.names() == [])
        try write("one", into: folder.path("public"))
        #expect(try folder.names() == [".public.dossier-lock", "public"])
    }
}
