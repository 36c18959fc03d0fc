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

    /// Run from the folder above a dossier, without `--source`, the error names the dossier
    /// there to give.
    @Test func runAboveADossierTheDossierBelowIsNamed() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("story"), withIntermediateDirectories: true)
        try Data("title: ملف\n".utf8).write(to: folder.appendingPathComponent("story/dossier.yml"))
        let result = try DossierBinary.run(["check"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("here, `--source story`, or run the command inside it"), "\(result.stderr)")
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

    /// A `.dossier` that is a link (a copied dossier may carry one aimed at any folder) or a
    /// file stops the build before anything is read or written through it: the folder it aims
    /// at keeps its cache-named files, gets no new one, and no output is made.
    @Test func cacheFolderThatIsALinkOrAFileStopsTheBuild() throws {
        let (folder, source) = try DossierBinary.temporaryDossier()
        defer { try? FileManager.default.removeItem(at: folder) }
        let victim = folder.appendingPathComponent("victim")
        try FileManager.default.createDirectory(at: victim, withIntermediateDirectories: true)
        for name in ["analysis-3f.bin", "comparison.bin.pending-x", "notes.txt"] {
            try Data("keep\n".utf8).write(to: victim.appendingPathComponent(name))
        }
        let cache = source.appendingPathComponent(".dossier")
        try FileManager.default.createSymbolicLink(at: cache, withDestinationURL: victim)
        let output = folder.appendingPathComponent("public").path
        let linked = try DossierBinary.run([
            "build", "--source", source.path, "--templates", Self.templates, "--output", output, "--no-search",
        ])
        #expect(linked.status == 1)
        #expect(linked.stderr.contains("[cache-not-folder] the build cache's place is a symbolic link"))
        #expect(linked.stderr.contains("fix: Remove it"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: victim.path).sorted()
                == ["analysis-3f.bin", "comparison.bin.pending-x", "notes.txt"])
        #expect(!FileManager.default.fileExists(atPath: output))
        try FileManager.default.removeItem(at: cache)
        try Data("x\n".utf8).write(to: cache)
        let file = try DossierBinary.run([
            "build", "--source", source.path, "--templates", Self.templates, "--output", output, "--no-search",
        ])
        #expect(file.status == 1)
        #expect(file.stderr.contains("[cache-not-folder] the build cache's place is not a folder"))
        #expect(try String(contentsOf: cache, encoding: .utf8) == "x\n")
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
