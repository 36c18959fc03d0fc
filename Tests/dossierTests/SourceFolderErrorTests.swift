import Foundation
import Testing

/// A `--source` that is not a readable folder is one clear error, naming the folder and what
/// to do, printed once (no `error: error:`, no Foundation error text), and nothing is created.
struct SourceFolderErrorTests {
    private static let templates = DossierBinary.root.appendingPathComponent("Templates").path

    @Test(arguments: ["build", "check"])
    func missingSourceIsAClearErrorAndIsNotCreated(command: String) throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("no-such-dossier").path
        var arguments = [command, "--source", source, "--templates", Self.templates]
        if command == "build" { arguments += ["--output", source + "/public"] }
        let result = try DossierBinary.run(arguments)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(source):1:1: error: [source-missing] the source folder does not exist"))
        #expect(result.stderr.contains("fix: Give the folder that holds dossier.yml with `--source`"))
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
        #expect(!result.stderr.lowercased().contains("error: error:"))
        #expect(!FileManager.default.fileExists(atPath: source))
    }

    @Test func serveRefusesAMissingSourceBeforeListening() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("gone").path
        let result = try DossierBinary.run([
            "serve", "--source", source, "--templates", Self.templates, "--output", folder.path + "/out", "--port", "0",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[source-missing]"))
        #expect(!result.stderr.contains("serving http"))
        #expect(!FileManager.default.fileExists(atPath: source))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out"))
    }

    @Test func newArticleAndMentionsDoNotCreateOrListAMissingSource() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("typo").path
        let input = folder.appendingPathComponent("input.txt")
        try Data("نص مقال قصير للتجربة.\n".utf8).write(to: input)
        let imported = try DossierBinary.run(["new", "article", input.path, "--source", source])
        #expect(imported.status == 1)
        #expect(imported.stderr.contains("[source-missing]"))
        #expect(!FileManager.default.fileExists(atPath: source))
        let mentions = try DossierBinary.run(["mentions", "--source", source])
        #expect(mentions.status == 1)
        #expect(mentions.stderr.contains("[source-missing]"))
        #expect(!mentions.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test func sourceThatIsAFileIsNamedAsSuch() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("dossier.yml")
        try Data("title: x\n".utf8).write(to: file)
        let result = try DossierBinary.run(["check", "--source", file.path, "--templates", Self.templates])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: [source-not-folder] the source is a file, not a folder"))
    }
}
