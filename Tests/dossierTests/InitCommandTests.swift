import Foundation
import Testing

/// `dossier init`: a new dossier that builds at once, without a warning, and never over files.
struct InitCommandTests {
    /// A place init cannot write to is named, with the system's reason in plain words and a fix.
    @Test func aPlaceThatCannotBeWrittenIsNamedWithItsReason() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("file")
        try Data().write(to: file)
        let result = try DossierBinary.run(["init", file.appendingPathComponent("x").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: cannot write \(file.path)/x for the new dossier: not a directory"))
        #expect(result.stderr.contains("\n  fix: a file stands where a folder should be"), "\(result.stderr)")
        #expect(!result.stderr.contains("Domain"))
    }

    /// A link to nothing where the dossier should go is the user's: named, and left in place,
    /// as is one on the way to it.
    @Test func aLinkToNothingIsNamedAndLeftAlone() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "nowhere")
        let result = try DossierBinary.run(["init", link.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(link.path) is a link to nowhere, which is not there"), "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "nowhere")
        let below = try DossierBinary.run(["init", link.appendingPathComponent("x").path])
        #expect(below.status == 1)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "nowhere", "\(below.stderr)")
    }

    /// `init` with no folder, in an empty one: the command it prints builds the dossier as it
    /// stands, and so does a plain `build` there (into the same folder beside it); the other
    /// commands read the dossier of the working folder too.
    @Test func theCommandInitPrintsBuildsFromTheDossiersOwnFolder() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("news")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        let initialised = try DossierBinary.run(["init"], in: source)
        #expect(initialised.status == 0, "\(initialised.stderr)")
        let printed = "dossier build --source . --output ../news-site"
        #expect(initialised.stderr.contains("`\(printed)`"), "\(initialised.stderr)")
        let built = try DossierBinary.run(Array(printed.split(separator: " ").dropFirst().map(String.init)), in: source)
        #expect(built.status == 0, "\(built.stderr)")
        let site = folder.appendingPathComponent("news-site/index.html")
        #expect(FileManager.default.fileExists(atPath: site.path))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("news-site"))
        let plain = try DossierBinary.run(["build", "--no-search"], in: source)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect((plain.stdout + plain.stderr).contains("into ../news-site"), "\(plain.stdout)")
        #expect(FileManager.default.fileExists(atPath: site.path))
        let raw = folder.appendingPathComponent("raw.txt")
        try Data("عنوان خبر آخر عن المكتبات\n\nقالت البلدية إن المكتبات ستفتح أبوابها مجاناً طوال الشهر المقبل.\n".utf8)
            .write(to: raw)
        let imported = try DossierBinary.run(["new", "article", raw.path, "--id", "second"], in: source)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(FileManager.default.fileExists(atPath: source.appendingPathComponent("articles/second.txt").path))
        // With an article of its own, init's placeholder title, subtitle and description are told.
        let checked = try DossierBinary.run(["check"], in: source)
        #expect(checked.status == 0)
        #expect(
            checked.stderr.contains("dossier.yml:1:1: warning: [starter-text-left] `title` is still the placeholder"))
        #expect(checked.stderr.contains("dossier.yml:2:1: warning: [starter-text-left] `subtitle` is still"))
        #expect(checked.stderr.contains("dossier.yml:3:1: warning: [starter-text-left] `description` is still"))
        #expect(try DossierBinary.run(["mentions"], in: source).status == 0)
    }

    @Test func newDossierBuildsWithoutWarnings() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("x")
        let site = folder.appendingPathComponent("x-site")

        let initialised = try DossierBinary.run(["init", source.path])
        #expect(initialised.status == 0, "\(initialised.stderr)")
        let written = try DossierBinary.files(in: source, excluding: ".dossier")
        #expect(
            Set(written.keys) == [
                ".gitignore", "dossier.yml", "index.md", "articles/000_example.txt", "articles/000_example.yml",
                "actors/example-mayor.md", "topics/example-libraries.md", "notes/example-free-entry.md",
            ])
        let ignore = String(decoding: try #require(written[".gitignore"]), as: UTF8.self)
        // The site is never inside the dossier: no line names it.
        #expect(!ignore.split(separator: "\n").contains("public/"))
        #expect(ignore.split(separator: "\n").contains(".dossier/"))
        let article = String(decoding: try #require(written["articles/000_example.txt"]), as: UTF8.self)
        #expect(article.hasPrefix("مثال:"))

        // With the templates built into the binary, as a new user runs it.
        let built = try DossierBinary.run(["build", "--source", source.path, "--output", site.path])
        #expect(built.status == 0, "\(built.stderr)")
        // No warning about the sources (a machine without the search indexer warns about that).
        let warnings = built.stderr.split(separator: "\n").filter {
            $0.contains("warning") && !$0.lowercased().contains("pagefind")
        }
        #expect(warnings.isEmpty, "\(built.stderr)")
        // The example note is anchored in the example article, and the actor is linked there.
        let page = try String(
            contentsOf: site.appendingPathComponent("articles/000_example/index.html"), encoding: .utf8)
        #expect(page.contains("note-example-free-entry"))
        #expect(page.contains("actors/example-mayor/"))
        // The cache is where the .gitignore says.
        #expect(FileManager.default.fileExists(atPath: source.appendingPathComponent(".dossier").path))
    }

    @Test func refusesAFolderThatIsNotEmpty() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mine = folder.appendingPathComponent("notes.txt")
        try Data("ملاحظاتي".utf8).write(to: mine)

        let refused = try DossierBinary.run(["init", folder.path])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("not empty"))
        #expect(refused.stderr.contains("notes.txt"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])

        // A folder holding only .git (after `git init`) is accepted.
        let repository = folder.appendingPathComponent("repo")
        try FileManager.default.createDirectory(
            at: repository.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let accepted = try DossierBinary.run(["init", repository.path])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(FileManager.default.fileExists(atPath: repository.appendingPathComponent("dossier.yml").path))
    }
}
