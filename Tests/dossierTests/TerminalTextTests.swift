import Foundation
import Testing

/// Text diagnostics never send a terminal the control characters a file name or a quoted
/// passage carries: they are written out (`\u{1B}`); `--format json` keeps them, escaped by JSON.
struct TerminalTextTests {
    /// ESC starting a colour, a right-to-left override and BEL, in an article's file name.
    private static let hostileName = "a\u{1B}[31mred\u{202E}\u{7}x"

    @Test func controlCharactersAreWrittenOutInTextAndKeptInJSON() throws {
        let (folder, source) = try DossierBinary.temporaryDossier()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("title: ملف\n".utf8).write(to: source.appendingPathComponent("dossier.yml"))
        try Data("قال الكرملين اليوم إن المحادثات ستستأنف.\n".utf8)
            .write(to: source.appendingPathComponent("articles/\(Self.hostileName).txt"))

        let text = try DossierBinary.run(["check", "--source", source.path])
        #expect(text.status == 1)
        #expect(text.stderr.contains("a\\u{1B}[31mred\\u{202E}\\u{7}x.txt:1:1: error: [bad-id]"), "\(text.stderr)")
        #expect(text.stderr.contains("file name `a\\u{1B}[31mred\\u{202E}\\u{7}x`"))
        #expect(!text.stderr.unicodeScalars.contains { ["\u{1B}", "\u{7}", "\u{202E}"].contains($0) })

        let json = try DossierBinary.run(["check", "--source", source.path, "--format", "json"])
        let line = try #require(json.stdout.split(separator: "\n").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect((object["file"] as? String)?.hasSuffix("/articles/\(Self.hostileName).txt") == true)
    }

    /// A thrown error's own line break, before its `fix:`, stays a line break.
    @Test func aThrownErrorKeepsItsFixOnALineOfItsOwn() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("site")
        try Data().write(to: file)
        let good = DossierBinary.root.appendingPathComponent("Tests/Fixtures/site/good").path
        let result = try DossierBinary.run(["build", "--source", good, "--output", file.path, "--no-search"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not a folder\n  fix: "), "\(result.stderr)")
        #expect(!result.stderr.contains("\\u{A}"))
    }
}
