import DossierModel
import Foundation
import Testing

@testable import DossierOutput

/// An output inside another dossier output, or holding one, is refused before anything is
/// written: with `--output o` and `--output o/inner`, the site of `o` took the inner site's
/// lock file and a whole older copy of it as files of the user's, and published them.
struct NestedOutputTests {
    @discardableResult
    private func write(_ pages: [String: String], into output: String, force: Bool = false) throws -> WriteResult {
        var writer = SiteWriter(output: try OutputFolder(path: output, protecting: [], force: force))
        let files = pages.sorted { $0.key < $1.key }.map {
            RenderedFile(path: $0.key, content: .bytes(Array($0.value.utf8)))
        }
        return try writer.write(files, index: { _ in })
    }

    @Test(arguments: ["news/inner", "news/archive/2024/inner"])
    func anOutputInsideAnotherOutputIsRefusedAndNothingIsWritten(inner: String) throws {
        let folder = try OutputTestFolder("nested-inside")
        defer { folder.remove() }
        try write(["index.html": "outer", "about/index.html": "about"], into: folder.path("news"))
        let before = try folder.snapshot("news")
        let names = try folder.names()
        let error = try #require(throws: OutputError.self) {
            try write(["index.html": "inner"], into: folder.path(inner))
        }
        let outer = RealPath.resolvingMissing(folder.path("news"))
        #expect(error.message.contains("lies inside \(outer), the output of another dossier build"), "\(error)")
        #expect(error.message.contains(OutputManifest.fileName))
        #expect(error.fix?.contains("outside \(outer), such as") == true, "\(error)")
        #expect(error.refusesFolder)
        #expect(try folder.snapshot("news") == before)
        #expect(try folder.names() == names)
    }

    /// An output whose first build is under way (its lock beside it, no manifest yet) is one too.
    @Test func anOutputInsideOneMarkedOnlyByItsLockIsRefused() throws {
        let folder = try OutputTestFolder("nested-lock")
        defer { folder.remove() }
        try folder.write("", at: ".site.dossier-lock")
        try folder.write("a file of the user's", at: "site/notes.txt")
        let error = try #require(throws: OutputError.self) {
            try write(["index.html": "inner"], into: folder.path("site/preview"))
        }
        #expect(error.message.contains(".site.dossier-lock is dossier's"), "\(error)")
    }

    /// The other order: the inner site was built first (or moved in), with its lock and the
    /// previous site a build leaves beside it; the outer build stops, naming it, and changes
    /// nothing. Forced, too: a forced build keeps every file it did not write.
    @Test(arguments: [false, true])
    func anOutputHoldingAnotherOutputIsRefused(force: Bool) throws {
        let folder = try OutputTestFolder("nested-holds")
        defer { folder.remove() }
        if force {
            try folder.write("a file of the user's", at: "site/notes.txt")
        } else {
            try write(["index.html": "outer"], into: folder.path("site"))
        }
        try write(["index.html": "one"], into: folder.path("elsewhere/draft"))
        try write(["index.html": "two"], into: folder.path("elsewhere/draft"))
        let moved = try FileManager.default.contentsOfDirectory(atPath: folder.path("elsewhere"))
        #expect(moved.contains { $0.hasPrefix(".draft.dossier-previous-") }, "\(moved)")
        for name in moved {
            try FileManager.default.moveItem(
                atPath: folder.path("elsewhere/" + name), toPath: folder.path("site/" + name))
        }
        let before = try folder.snapshot("site")
        let error = try #require(throws: OutputError.self) {
            try write(["index.html": "outer again"], into: folder.path("site"), force: force)
        }
        #expect(error.message.contains("holds \(folder.path("site"))/draft, the output of another dossier build"))
        #expect(error.fix?.contains("move \(folder.path("site"))/draft out of") == true, "\(error)")
        #expect(error.fix?.contains(".draft.dossier-* files and folders beside it") == true, "\(error)")
        #expect(try folder.snapshot("site") == before)
    }

    /// An output copied deep into a folder of the user's, without its lock, is found by its
    /// manifest.
    @Test func anOutputDeepInAUserFolderIsFoundByItsManifest() throws {
        let folder = try OutputTestFolder("nested-deep")
        defer { folder.remove() }
        try write(["index.html": "outer"], into: folder.path("site"))
        try write(["index.html": "old", "a/index.html": "a"], into: folder.path("old-site"))
        try FileManager.default.createDirectory(
            atPath: folder.path("site/backups/2023"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: folder.path("old-site"), toPath: folder.path("site/backups/2023/old"))
        let error = try #require(throws: OutputError.self) {
            try write(["index.html": "outer again"], into: folder.path("site"))
        }
        #expect(error.message.contains("holds \(folder.path("site"))/backups/2023/old, the output"), "\(error)")
    }

    /// A folder of the user's with no manifest or lock in it is carried as before.
    @Test func userFoldersWithoutADossierOutputAreCarried() throws {
        let folder = try OutputTestFolder("nested-none")
        defer { folder.remove() }
        try write(["index.html": "outer"], into: folder.path("site"))
        try folder.write("{}", at: "site/backups/manifest.json")
        try folder.write("x", at: "site/.well-known/dossier-lock")
        try write(["index.html": "outer again"], into: folder.path("site"))
        #expect(try folder.snapshot("site")["backups/manifest.json"] == "{}")
    }
}
