import Foundation
import Testing

/// `dossier mentions` lists mentions with their alias and context, in any supported encoding.
struct MentionsCommandTests {
    private static let seeds = DossierBinary.root.appendingPathComponent("seeds").path

    @Test func listsMentionsOfAWindows1256FileWithAliasAndContext() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // «قال بوتين» then, on line 2, «وإيلي بريمر وإيان بريمر… وقال بريمر», in Windows-1256.
        let bytes: [UInt8] = [0xE2, 0xC7, 0xE1, 0x20, 0xC8, 0xE6, 0xCA, 0xED, 0xE4, 0x0A]
        let file = folder.appendingPathComponent("w1256.txt")
        let text = "إيلي بريمر وإيان بريمر، وقال بريمر"
        let line2 = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0506)))
        try Data(bytes + Array(line2)).write(to: file)

        let result = try DossierBinary.run(["mentions", "--source", Self.seeds, file.path])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines.first?.hasPrefix("\(file.path):1:5: vladimir-putin «بوتين» alias «بوتين» strong — ") == true)
        #expect(lines.contains { $0.contains(":2:1: eli-bremmer «إيلي بريمر»") })
        #expect(lines.contains { $0.contains(":2:12: ian-bremmer «وإيان بريمر» alias «إيان بريمر»") })
        #expect(lines.last?.contains("? (ambiguous: eli-bremmer, ian-bremmer) «بريمر» alias «بريمر» weak") == true)
        #expect(lines.last?.contains("[بريمر]") == true)
    }

    /// A line break in a file's name is written out, so each mention stays one `path:line:col:` line.
    @Test func aLineBreakInAFileNameIsEscaped() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad\nname.txt")
        try Data("قال بوتين إن الأمر انتهى.\n".utf8).write(to: file)
        let result = try DossierBinary.run(["mentions", "--source", Self.seeds, file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.hasPrefix(folder.path + "/bad\\u{A}name.txt:1:5: vladimir-putin") == true, "\(lines)")
    }

    @Test func anUndecodableFileIsAnErrorNamingIt() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broken.txt")
        // Valid UTF-8 Arabic, then a truncated two-byte sequence.
        try Data(Array("بوتين".utf8) + [0xD8]).write(to: file)

        let result = try DossierBinary.run(["mentions", "--source", Self.seeds, file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file.path):1:1: error: [undecodable-file]"))
    }

    /// A path that is no file is named for what it is; a pipe or a device is never read.
    @Test func aFolderADeviceOrAMissingFileIsNamedForWhatItIs() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("pipe")
        try #require(mkfifo(pipe.path, 0o600) == 0)
        let missing = folder.appendingPathComponent("missing.txt").path
        for (path, said) in [
            (folder.path, "this is a folder, not a file"), ("/dev/zero", "this is a character device"),
            (pipe.path, "this is a named pipe"), (missing, "the file does not exist"),
        ] {
            let result = try DossierBinary.run(["mentions", "--source", Self.seeds, path])
            #expect(result.status == 1)
            #expect(result.stderr.contains("\(path):1:1: error: [unreadable-file] \(said)"), "\(result.stderr)")
        }
    }

    /// A dossier without `articles/` has nothing to search: said in a note, not with a
    /// Foundation error; a folder that cannot be listed is an error in plain words.
    @Test func aDossierWithoutArticlesIsSaidPlainly() throws {
        let (folder, source) = try DossierBinary.temporaryDossier()
        defer { try? FileManager.default.removeItem(at: folder) }
        let articles = source.appendingPathComponent("articles")
        try FileManager.default.removeItem(at: articles)
        let none = try DossierBinary.run(["mentions", "--source", source.path])
        #expect(none.status == 0)
        #expect(none.stderr.contains("note: \(articles.path) does not exist; no article to search"), "\(none.stderr)")
        try Data().write(to: articles)
        let file = try DossierBinary.run(["mentions", "--source", source.path])
        #expect(file.status == 1)
        #expect(file.stderr.hasPrefix("error: "), "\(file.stderr)")
        for run in [none, file] { #expect(!run.stderr.contains("NSCocoaErrorDomain"), "\(run.stderr)") }
    }
}
