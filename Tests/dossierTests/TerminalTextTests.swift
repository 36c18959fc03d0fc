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

    /// A command-line argument quoted in an error is written out too: an article id that
    /// names none, a file to import that does not exist.
    @Test func argumentsQuotedInErrorsAreWrittenOut() throws {
        let (folder, source) = try DossierBinary.temporaryDossier()
        defer { try? FileManager.default.removeItem(at: folder) }
        let check = try DossierBinary.run(["check", "--source", source.path, "--article", Self.hostileName])
        #expect(check.status == 1)
        #expect(check.stderr.contains("no article `a\\u{1B}[31mred"), "\(check.stderr)")
        let imported = try DossierBinary.run(["new", "article", Self.hostileName + ".txt", "--source", source.path])
        #expect(imported.status != 0)
        #expect(imported.stderr.contains("a\\u{1B}[31mred"), "\(imported.stderr)")
        for stderr in [check.stderr, imported.stderr] {
            #expect(!stderr.unicodeScalars.contains { ["\u{1B}", "\u{7}", "\u{202E}"].contains($0) })
        }
    }

    /// The status lines that name a folder the user gave write its control characters out:
    /// `init`'s, the build's summary (on stdout), `new article`'s sidecar line.
    @Test func statusLinesWriteTheirPathsControlCharactersOut() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent(Self.hostileName + "\nline")
        let started = try DossierBinary.run(["init", source.path])
        #expect(started.status == 0, "\(started.stderr)")
        let built = try DossierBinary.run(
            ["build", "--source", source.path, "--output", source.path + "-site", "--no-search"])
        #expect(built.status == 0, "\(built.stderr)")
        let page = folder.appendingPathComponent("page.txt")
        try Data("قال الكرملين اليوم إن المحادثات ستستأنف الأسبوع المقبل في جنيف بحضور الوسطاء.\n".utf8).write(to: page)
        let imported = try DossierBinary.run(["new", "article", page.path, "--source", source.path, "--id", "talks"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(started.stderr.contains("a\\u{1B}[31mred\\u{202E}\\u{7}x\\u{A}line"), "\(started.stderr)")
        #expect(built.stdout.contains("into ") && built.stdout.contains("\\u{1B}"), "\(built.stdout)")
        #expect(imported.stderr.contains("talks.yml"), "\(imported.stderr)")
        for output in [started.stderr, built.stdout, imported.stderr] {
            #expect(!output.unicodeScalars.contains { ["\u{1B}", "\u{7}", "\u{202E}"].contains($0) }, "\(output)")
            #expect(!output.contains("x\nline"))
        }
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

    /// The reports that print an article's own lines (`new article`'s sidecar, `check
    /// --article`, `mentions`) write its control characters out too, and keep their line breaks.
    @Test func reportsQuotingAnArticleWriteItsControlCharactersOut() throws {
        // An escape sequence in the headline (with a right-to-left override) and in the body.
        let (folder, source, page) = try DossierBinary.initialisedDossier(
            page: """
                الرئيسية
                المجلس البلدي\u{202E} يقر خطة النقل\u{1B}[2J بعد جلسة مطولة
                أقر المجلس البلدي اليوم خطة النقل الجديدة\u{1B}[5m بعد نقاش استمر ساعات، وفق ما أعلن رئيسه بوتين.

                """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let unsafe: [Unicode.Scalar] = ["\u{1B}", "\u{202E}"]

        let imported = try DossierBinary.run(["new", "article", page.path, "--source", source.path, "--id", "plan"])
        #expect(imported.status == 0, "\(imported.stderr)")
        // The sidecar leaves the control character out: YAML refuses it.
        #expect(imported.stdout.contains("خطة النقل[2J"), "\(imported.stdout)")
        let report = try DossierBinary.run(["check", "--source", source.path, "--article", "plan"])
        #expect(report.stdout.contains("\\u{1B}[2J"), "\(report.stdout)")
        #expect(report.stdout.split(separator: "\n").count > 3)
        let seeds = DossierBinary.root.appendingPathComponent("seeds").path
        let mentions = try DossierBinary.run(["mentions", "--source", seeds, page.path])
        #expect(
            mentions.stdout.contains("vladimir-putin") && mentions.stdout.contains("\\u{1B}[5m"), "\(mentions.stdout)")
        for run in [imported, report, mentions] {
            #expect(!(run.stdout + run.stderr).unicodeScalars.contains { unsafe.contains($0) })
        }
    }
}
