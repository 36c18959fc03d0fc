import DossierLoader
import DossierModel
import Foundation
import Testing

/// Articles saved where dossier never looks are named, not left out without a word: in a
/// misspelt folder, in a folder inside `articles/`; a user's own files and folders beside the
/// sources are not.
@Suite struct StrayFileTests {
    @Test func articlesWhereDossierNeverLooksAreNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stray-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: FixturePaths.valid, toPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let article = try Data(contentsOf: URL(fileURLWithPath: FixturePaths.valid + "/articles/flood-derna.txt"))
        for path in ["article/one.txt", "articles/2024/two.txt", "three.txt", "Actor/x.md", "notes/old/n.md"] {
            let url = URL(fileURLWithPath: folder + "/" + path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try article.write(to: url)
        }
        try Data("a README of the user's".utf8).write(to: URL(fileURLWithPath: folder + "/README.md"))
        try FileManager.default.createDirectory(atPath: folder + "/drafts", withIntermediateDirectories: true)
        let strays = try DossierLoader.load(sourceFolder: folder).diagnostics.filter { $0.code == .unexpectedFile }
        let named = strays.compactMap { $0.location?.path }.map { String($0.dropFirst(folder.count + 1)) }
        #expect(named.sorted() == ["Actor", "article", "articles/2024", "notes/old"])
        #expect(strays.contains { $0.message.contains("did you mean `articles/`") })
        #expect(strays.contains { $0.message.contains("did you mean `actors/`") })
        // Beside the real folders, a misspelt one is a warning.
        #expect(strays.allSatisfy { $0.severity == .warning })
    }

    /// A `templates/` folder (Zola's spelling) is not the dossier's `Templates/`: the built-in
    /// templates are used, and the build says so.
    @Test func aTemplatesFolderInAnotherSpellingIsNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stray-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: FixturePaths.valid, toPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/templates", withIntermediateDirectories: true)
        let strays = try DossierLoader.load(sourceFolder: folder).diagnostics.filter { $0.code == .unexpectedFile }
        #expect(strays.count == 1)
        #expect(strays.first?.message.contains("own templates are in `Templates/`") == true)
        #expect(strays.first?.severity == .warning)
    }

    /// A misspelt folder standing for a missing one leaves the dossier without any of its kind:
    /// one error at the folder, the root of every unknown id that follows (counted on it, not
    /// listed: hundreds of `note-article-unknown` hid the cause).
    @Test func aMisspeltFolderInPlaceOfAMissingOneIsTheErrorTheUnknownIdsFollowFrom() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stray-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: FixturePaths.valid, toPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.moveItem(atPath: folder + "/articles", toPath: folder + "/Article")
        let loaded = try DossierLoader.load(sourceFolder: folder)
        let error = try #require(loaded.diagnostics.first { $0.code == .unexpectedFile })
        #expect(error.severity == .error)
        #expect(error.message.contains("the dossier has no `articles/`"), "\(error.message)")
        let root = try #require(error.location?.path)
        #expect(root.hasSuffix("/Article"))
        #expect(loaded.dossier.failed.path(of: .article, id: "flood-derna") == root)
        let summary = loaded.diagnostics.summarisingFollowOns()
        #expect(summary.filter { $0.code == .unexpectedFile }.count == 1)
    }
}
