import DossierLoader
import DossierModel
import Foundation
import Testing

/// Symbolic links in the source folder: nothing outside the folder is read, and every link the
/// loader cannot use is reported rather than skipped in silence. Each test builds its own
/// folder (a copy of the valid fixture plus links) in a temporary folder.
struct SourceFolderLinkTests {
    /// A copy of the valid fixture at `source`, beside a folder `outside` holding a secret.
    private struct Sandbox {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-links-\(UUID().uuidString)")
        var source: String { folder.path + "/source" }
        var outside: String { folder.path + "/outside" }
        static let secret = "SECRET-LINE-FROM-OUTSIDE"

        init() throws {
            try FileManager.default.createDirectory(atPath: folder.path + "/outside", withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: FixturePaths.valid, toPath: source)
            try Data("# \(Self.secret)\n\nنص من خارج الملف.\n".utf8).write(
                to: URL(fileURLWithPath: outside + "/secret.md"))
            let article = try String(contentsOfFile: source + "/articles/flood-derna.txt", encoding: .utf8)
            try Data((Self.secret + "\n\n" + article).utf8).write(to: URL(fileURLWithPath: outside + "/article.txt"))
        }

        func link(_ relativePath: String, to destination: String) throws {
            try? FileManager.default.removeItem(atPath: source + "/" + relativePath)
            try FileManager.default.createSymbolicLink(
                atPath: source + "/" + relativePath, withDestinationPath: destination)
        }

        func load() throws -> LoadResult { try DossierLoader.load(sourceFolder: source) }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    /// The codes of problems with links in the source folder.
    private static let linkCodes: Set<Diagnostic.Code> = [.linkLoop, .danglingLink, .folderLink, .linkOutsideSource]

    private func diagnostics(_ result: LoadResult, code: Diagnostic.Code) -> [Diagnostic] {
        result.diagnostics.filter { $0.code == code }
    }

    @Test func linkedFilesOutsideAreNotRead() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.link("index.md", to: sandbox.outside + "/secret.md")
        try sandbox.link("articles/leak.txt", to: "../../outside/article.txt")
        let result = try sandbox.load()
        #expect(result.dossier.overview == nil)
        #expect(!result.dossier.articles.contains { $0.id == "leak" })
        #expect(!result.dossier.articles.contains { $0.bodyText.contains(Sandbox.secret) })
        let errors = diagnostics(result, code: .linkOutsideSource)
        #expect(errors.map(\.severity) == [.error, .error])
        #expect(
            errors.map { $0.location?.path } == [sandbox.source + "/index.md", sandbox.source + "/articles/leak.txt"])
        let realOutside = try RealPath.resolve(sandbox.outside).get()
        #expect(errors.last?.message.contains(realOutside + "/article.txt") == true)
        #expect(errors.allSatisfy { $0.fix?.contains("Copy the file into the source folder") == true })
    }

    @Test func linksInsideTheFolderAreRead() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.link("articles/again.txt", to: "flood-derna.txt")
        // The source folder itself may be reached through a link.
        let linkedSource = sandbox.folder.path + "/linked-source"
        try FileManager.default.createSymbolicLink(atPath: linkedSource, withDestinationPath: sandbox.source)
        let result = try DossierLoader.load(sourceFolder: linkedSource)
        #expect(result.dossier.articles.contains { $0.id == "again" })
        #expect(result.dossier.overview != nil)
        #expect(!result.diagnostics.contains { Self.linkCodes.contains($0.code) })
    }

    @Test func danglingLoopingAndFolderLinksAreWarned() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.link("articles/gone.txt", to: "no-such-file.txt")
        try sandbox.link("actors/loop-a.md", to: "loop-b.md")
        try sandbox.link("actors/loop-b.md", to: "loop-a.md")
        try sandbox.link("notes/more", to: "../topics")
        try sandbox.link("timeline.yml", to: "missing-timeline.yml")
        let result = try sandbox.load()
        let warnings = result.diagnostics.filter { Self.linkCodes.contains($0.code) }
        let found = warnings.map {
            "\($0.code.rawValue) \($0.location?.path.replacingOccurrences(of: sandbox.source, with: ".") ?? "")"
        }
        #expect(
            found == [
                "dangling-link ./timeline.yml", "dangling-link ./articles/gone.txt", "link-loop ./actors/loop-a.md",
                "link-loop ./actors/loop-b.md", "folder-link ./notes/more",
            ])
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.fix != nil })
        #expect(warnings.first?.message.contains("missing-timeline.yml") == true)
        // One warning for the folder link, not a second one for a folder inside `notes/`.
        let atFolderLink = result.diagnostics.filter { $0.location?.path == sandbox.source + "/notes/more" }
        #expect(atFolderLink.map(\.code) == [.folderLink])
        // The rest of the dossier still loads.
        #expect(result.dossier.articles.count == 5)
        #expect(result.dossier.actors.count == 2)
    }

    @Test func linkedSubfolderOutsideIsOneError() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try FileManager.default.createDirectory(atPath: sandbox.outside + "/topics", withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: sandbox.source + "/topics/floods.md", toPath: sandbox.outside + "/topics/floods.md")
        try sandbox.link("topics", to: sandbox.outside + "/topics")
        let result = try sandbox.load()
        #expect(result.dossier.topics.isEmpty)
        let errors = diagnostics(result, code: .linkOutsideSource)
        #expect(errors.count == 1)
        #expect(errors.first?.location?.path == sandbox.source + "/topics")
        #expect(errors.first?.message.contains("its files are not read") == true)
        // The topics it holds failed with it: errors about them are counted on this one.
        #expect(result.dossier.failed.path(of: .topic, id: "floods") == sandbox.source + "/topics")
    }

    /// A subfolder that is a link to a folder inside the source folder is read like a real one:
    /// its files (and their links out) are judged by where they really are, not by their paths.
    @Test func linkedSubfolderInsideIsRead() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let articles = try FileManager.default.contentsOfDirectory(atPath: sandbox.source + "/articles")
        try FileManager.default.moveItem(atPath: sandbox.source + "/articles", toPath: sandbox.source + "/kept")
        try sandbox.link("articles", to: "kept")
        try sandbox.link("kept/leak.txt", to: sandbox.outside + "/article.txt")
        let result = try sandbox.load()
        #expect(result.dossier.articles.count == articles.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.count)
        #expect(!result.dossier.articles.contains { $0.bodyText.contains(Sandbox.secret) })
        let errors = diagnostics(result, code: .linkOutsideSource)
        #expect(errors.map { $0.location?.path } == [sandbox.source + "/articles/leak.txt"])
    }
}
