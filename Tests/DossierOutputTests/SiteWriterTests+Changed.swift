import Foundation
import Testing

@testable import DossierOutput

/// A file of the previous site that the new one no longer has is deleted only when its bytes
/// are still those the manifest records: one changed by hand, or a manifest naming a file it
/// never wrote, leaves the file where it is, as the user's.
extension SiteWriterTests {
    @Test func aPageChangedByHandIsKeptWhenTheSiteDropsIt() throws {
        let folder = try OutputTestFolder("changed-page")
        defer { folder.remove() }
        let output = folder.path("public")
        let first = try write(["index.html": "one", "a/index.html": "a", "b/index.html": "b"], into: output)
        try folder.write("a, annotated by hand", at: "public/a/index.html")

        let second = try write(["index.html": "two"], into: output, previous: first.record)
        #expect(second.summary.deleted == ["b/index.html"])
        #expect(second.summary.kept == ["a/index.html"])
        #expect(
            siteFiles(try folder.snapshot("public")) == ["index.html": "two", "a/index.html": "a, annotated by hand"])
        // The next manifest does not list it: it is one of the user's files from now on.
        let manifest = try Self.manifest(in: output)
        #expect(manifest.files.keys.sorted() == ["index.html"])
        let third = try write(["index.html": "three"], into: output, previous: second.record)
        #expect(third.summary.deleted.isEmpty && third.summary.kept.isEmpty)
        #expect(siteFiles(try folder.snapshot("public"))["a/index.html"] == "a, annotated by hand")
    }

    @Test func aManifestNamingAUserFileDoesNotDeleteIt() throws {
        let folder = try OutputTestFolder("tampered-manifest")
        defer { folder.remove() }
        let output = folder.path("public")
        let first = try write(["index.html": "one"], into: output)
        try folder.write("my thesis", at: "public/thesis.docx")
        // The manifest edited (or copied from another site) to claim the user's file, with
        // its true size.
        var manifest = try Self.manifest(in: output)
        manifest.files["thesis.docx"] = OutputManifest.Entry(size: 9, sha256: String(repeating: "0", count: 64))
        try manifest.encoded().write(to: URL(fileURLWithPath: output).appendingPathComponent(OutputManifest.fileName))

        let second = try write(["index.html": "two"], into: output, previous: first.record)
        #expect(second.summary.deleted.isEmpty)
        #expect(second.summary.kept == ["thesis.docx"])
        #expect(siteFiles(try folder.snapshot("public")) == ["index.html": "two", "thesis.docx": "my thesis"])
    }

    /// The manifest of the output at `output`.
    private static func manifest(in output: String) throws -> OutputManifest {
        let url = URL(fileURLWithPath: output)
        return try OutputManifest.decode(try #require(try OutputManifest.bytes(in: url)), in: url)
    }
}
