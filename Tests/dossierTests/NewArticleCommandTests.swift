import Foundation
import Testing

/// `dossier new article`: a raw file in a legacy encoding becomes a UTF-8 article with a sidecar.
struct NewArticleCommandTests {
    /// A short article with headline, date line and copyright line, saved as Windows-1256.
    private static let windows1256 = Data(
        base64Encoded:
            "5tLt0SDH4c7H0cztySDt0ubRIMfh2sfV48kg4cjNyyDH4cPS48kK5NTRIN3tIDI1IMPfyubI0SAyMDI0Ct7H4SDm0u3RIMfh"
            + "zsfRzO3JIMfh7ebjIMXkIMfh483Hz8vHyiDj2iDH4czH5Mggx+HCztEg38fkyiDV0e3NySDmyOTHwcmhIObF5CDH4djR3e3k"
            + "IMfK3d7HINrh7CDj5sfV4ckgx+HN5sfRIM7hx+Egx+HD08fI7dogx+Hj3sjhyS4KCubD1sfdIMfh5tLt0SDd7SDjxMrj0SDV"
            + "zd3tIMPkIMjhx8/lIMrT2uwgxeHsIM3hINPh4+0g4eHD0uPJIO3W4+Qg49XH4c0gzOPt2iDH4cPY0cfdIObtzd3ZIMfhx9PK"
            + "3tHH0SDd7SDH4ePk2N7JLgoK5t/H5Mogx+Ha4cfex8ogyO3kIMfhyOHP7eQg3s8g1OXPyiDK5srRxyDj4c3m2ccgzuHH4SDH"
            + "4cPU5dEgx+Hjx9btySDI08jIIMfhzuHH3SDa4ewgx+HNz+bPLgoKqSAyMDI0INTR38kgx+Hk5cfRIC0gQW5uYWhhciBNZWRp"
            + "YSBMTEMK"
    )

    /// A temporary dossier (`DossierBinary.temporaryDossier()`) with the Windows-1256 page as
    /// `raw.txt` beside it.
    private static func windows1256Import() throws -> (folder: URL, input: URL, source: URL) {
        let (folder, source) = try DossierBinary.temporaryDossier()
        let input = folder.appendingPathComponent("raw.txt")
        try #require(windows1256).write(to: input)
        return (folder, input, source)
    }

    @Test func importsWindows1256AsUTF8WithASidecar() throws {
        let (folder, input, source) = try Self.windows1256Import()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bytes = try #require(Self.windows1256)
        try Data("000_old.txt".utf8).write(to: source.appendingPathComponent("articles/000_seed.txt"))

        let result = try DossierBinary.run(["new", "article", input.path, "--source", source.path])
        #expect(result.status == 0, "\(result.stderr)")
        let articles = try FileManager.default.contentsOfDirectory(
            atPath: source.appendingPathComponent("articles").path
        ).sorted()
        let imported = try #require(articles.first { $0.hasPrefix("001_") && $0.hasSuffix(".txt") })
        #expect(imported.count == "001_".count + 8 + ".txt".count)
        #expect(articles.contains(imported.replacingOccurrences(of: ".txt", with: ".yml")))
        // The article is the same text, now UTF-8; the input is untouched.
        let text = try String(contentsOf: source.appendingPathComponent("articles/" + imported), encoding: .utf8)
        #expect(text.hasPrefix("وزير الخارجية يزور العاصمة لبحث الأزمة\n"))
        #expect(text.contains("© 2024 شركة النهار - Annahar Media LLC"))
        #expect(try Data(contentsOf: input) == bytes)
        // The sidecar holds what detection found, and is printed.
        #expect(result.stdout.contains("title: \"وزير الخارجية يزور العاصمة لبحث الأزمة\""))
        #expect(result.stdout.contains("published: 2024-10-25"))
        #expect(result.stdout.contains("outlet: annahar-media"))
        #expect(result.stdout.contains("windows-1256"))
        let sidecar = try String(
            contentsOf: source.appendingPathComponent(
                "articles/" + imported.replacingOccurrences(of: ".txt", with: ".yml")),
            encoding: .utf8)
        #expect(sidecar == result.stdout)

        #expect(result.stdout.contains("\nlanguage: ar\n"))

        // Another text under an id already taken is refused, and nothing is overwritten.
        let id = String(imported.dropLast(4))
        let other = folder.appendingPathComponent("other.txt")
        try Data("خبر آخر عن موضوع مختلف تماما.\n".utf8).write(to: other)
        let again = try DossierBinary.run(["new", "article", other.path, "--source", source.path, "--id", id])
        #expect(again.status != 0)
        #expect(again.stderr.contains("already exists"))
        #expect(try String(contentsOf: source.appendingPathComponent("articles/" + imported), encoding: .utf8) == text)
    }

    /// The same page imported into a dossier that has the outlet: the sidecar names the
    /// dossier's id, not one made from the page's Latin credit.
    @Test func aKnownOutletIsNamedByTheDossiersID() throws {
        let (folder, input, source) = try Self.windows1256Import()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: source.appendingPathComponent("outlets"), withIntermediateDirectories: true)
        try Data("---\nname: النهار\n---\n".utf8).write(to: source.appendingPathComponent("outlets/nahar.md"))

        let result = try DossierBinary.run(["new", "article", input.path, "--source", source.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("# An outlet of this dossier («النهار»), named by the page:\noutlet: nahar\n"))
        #expect(!result.stdout.contains("annahar-media"))
    }

    /// A page crediting its outlet in Arabic only: the sidecar names it under an id made from
    /// its letters, which a build would give it too.
    @Test func anArabicOnlyCreditGetsAnIdFromItsLetters() throws {
        let (folder, source) = try DossierBinary.temporaryDossier()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("page.txt")
        let body = "أعلنت البلدية اليوم افتتاح الجسر الجديد فوق النهر بعد عامين من الأشغال المتواصلة في المدينة."
        try Data("افتتاح الجسر الجديد\n\n\(body)\n\n\(body)\n\n© 2024 جميع الحقوق محفوظة لصحيفة الوادي\n".utf8)
            .write(to: input)
        let result = try DossierBinary.run(["new", "article", input.path, "--source", source.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\noutlet: al-wady\noutlet_name: \"صحيفة الوادي\"\n"), "\(result.stdout)")
        let build = try DossierBinary.run(["check", "--source", source.path])
        #expect(!build.stderr.contains("outlet-without-id"), "\(build.stderr)")
    }

    @Test func importingTheSameTextTwiceIsRefused() throws {
        let (folder, input, source) = try Self.windows1256Import()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try DossierBinary.run(["new", "article", input.path, "--source", source.path])
        #expect(first.status == 0, "\(first.stderr)")
        let articles = source.appendingPathComponent("articles")
        let before = try FileManager.default.contentsOfDirectory(atPath: articles.path).sorted()
        let imported = try #require(before.first { $0.hasSuffix(".txt") })

        // The same legacy bytes again, with or without an id: refused, naming the article.
        for extra in [[], ["--id", "again"]] {
            let again = try DossierBinary.run(["new", "article", input.path, "--source", source.path] + extra)
            #expect(again.status != 0)
            #expect(again.stderr.contains("already in the dossier: articles/\(imported) has the same text"))
        }
        // The UTF-8 copy the first import wrote is the same text too.
        let copy = folder.appendingPathComponent("copy.txt")
        try Data(contentsOf: articles.appendingPathComponent(imported)).write(to: copy)
        let fromCopy = try DossierBinary.run(["new", "article", copy.path, "--source", source.path])
        #expect(fromCopy.status != 0)
        #expect(fromCopy.stderr.contains("articles/\(imported)"))
        // So is that copy saved with CRLF or CR line endings.
        let text = try Data(contentsOf: articles.appendingPathComponent(imported))
        for ending in ["\r\n", "\r"] {
            let crlf = folder.appendingPathComponent("copy-\(ending.utf8.count).txt")
            try Data(String(decoding: text, as: UTF8.self).replacingOccurrences(of: "\n", with: ending).utf8)
                .write(to: crlf)
            let again = try DossierBinary.run(["new", "article", crlf.path, "--source", source.path])
            #expect(again.status != 0)
            #expect(again.stderr.contains("already in the dossier: articles/\(imported)"), "\(again.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: articles.path).sorted() == before)
    }

    /// An id too long, of other characters or beginning with `_` or `-` is refused, the
    /// message giving the rule whole (author62: `_x` was refused by a rule it met).
    @Test func anInvalidIDIsRefusedWithTheRule() throws {
        let (folder, input, source) = try Self.windows1256Import()
        defer { try? FileManager.default.removeItem(at: folder) }
        for id in [String(repeating: "a", count: 300), "Musk_Putin", "_x", "-x"] {
            let result = try DossierBinary.run(["new", "article", input.path, "--source", source.path, "--id=" + id])
            #expect(result.status != 0)
            #expect(
                result.stderr.contains(
                    "is not a valid article id: use at most 200 lower-case ASCII letters, digits, `-` and `_`, "
                        + "beginning with a letter or a digit"), "\(result.stderr)")
        }
        let articles = source.appendingPathComponent("articles").path
        let written = (try? FileManager.default.contentsOfDirectory(atPath: articles)) ?? []
        #expect(written.allSatisfy { !$0.hasPrefix("aaaa") && !$0.hasPrefix("Musk") && !$0.hasSuffix("x.txt") })
    }

    /// A folder without `dossier.yml` is no dossier: nothing is imported into it.
    @Test func aFolderThatIsNoDossierIsRefused() throws {
        let (folder, input, _) = try Self.windows1256Import()
        defer { try? FileManager.default.removeItem(at: folder) }
        let other = folder.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        let result = try DossierBinary.run(["new", "article", input.path, "--source", other.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("is not a dossier: it has no dossier.yml"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: other.path).isEmpty)
    }

    /// An `articles/` that links out of the dossier, which the build does not read, gets no
    /// import: nothing is written where it leads.
    @Test func anArticlesFolderLinkingOutOfTheDossierIsRefused() throws {
        let (folder, input, source) = try Self.windows1256Import()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outside = folder.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let articles = source.appendingPathComponent("articles")
        try FileManager.default.removeItem(at: articles)
        try FileManager.default.createSymbolicLink(at: articles, withDestinationURL: outside)
        let result = try DossierBinary.run(["new", "article", input.path, "--source", source.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("links out of the dossier"), "\(result.stderr)")
        #expect(result.stderr.contains("nothing was imported"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }

    /// Control characters pasted with a page («\u{1B}[2J», a bell) are left out of the sidecar,
    /// which YAML would refuse: the dossier then checks without a YAML error.
    @Test func controlCharactersStayOutOfTheSidecar() throws {
        let (folder, source) = try DossierBinary.temporaryDossier()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("controls.txt")
        let page = "قال بوتين \u{1B}[2J اليوم \u{07} إن الاتفاق قريب\n\nوأضاف أن المحادثات ستستمر في الأسبوع المقبل.\n"
        try Data(page.utf8).write(to: input)
        let imported = try DossierBinary.run(["new", "article", input.path, "--source", source.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let articles = source.appendingPathComponent("articles")
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: articles.path).first { $0.hasSuffix(".yml") })
        let sidecar = try String(contentsOf: articles.appendingPathComponent(name), encoding: .utf8)
        #expect(!sidecar.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let checked = try DossierBinary.run([
            "check", "--source", source.path, "--templates",
            DossierBinary.root.appendingPathComponent("Templates").path,
        ])
        #expect(!checked.stderr.contains("yaml-syntax"), "\(checked.stderr)")
    }

    /// An empty or blank file, or a folder, is refused with a reason, and nothing is written.
    @Test func emptyFilesAndFoldersAreRefused() throws {
        let (folder, source) = try DossierBinary.temporaryDossier()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes) in [("empty.txt", ""), ("blank.txt", "\u{FEFF} \n\t\n")] {
            let input = folder.appendingPathComponent(name)
            try Data(bytes.utf8).write(to: input)
            let result = try DossierBinary.run(["new", "article", input.path, "--source", source.path])
            #expect(result.status != 0)
            #expect(result.stderr.contains("\(name) has no text"), "\(result.stderr)")
        }
        let asFolder = try DossierBinary.run(["new", "article", source.path, "--source", source.path])
        #expect(asFolder.status != 0)
        #expect(asFolder.stderr.contains("is a folder"), "\(asFolder.stderr)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: source.appendingPathComponent("articles").path).isEmpty)
    }

    /// A file that does not exist is a slip of the command line: said, with the usage; a named
    /// pipe (which would be read for ever) is named as one. Nothing is written.
    @Test func aMissingFileOrAPipeIsNamedForWhatItIs() throws {
        let (folder, source) = try DossierBinary.temporaryDossier()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try DossierBinary.run(["new", "article", "nope.txt", "--source", source.path], in: folder)
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("FILE nope.txt does not exist"), "\(missing.stderr)")
        #expect(missing.stderr.contains("Usage: dossier new article <file>"))
        let pipe = folder.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(pipe, 0o644) == 0)
        let piped = try DossierBinary.run(["new", "article", pipe, "--source", source.path])
        #expect(piped.status == 1)
        #expect(piped.stderr.contains("pipe.txt is a named pipe (FIFO), not a file"), "\(piped.stderr)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: source.appendingPathComponent("articles").path).isEmpty)
    }

    /// A file over the dossier's limits is refused with the error the next `check` would give
    /// it, and nothing is written: it was imported, and `check` failed afterwards.
    @Test func filesOverTheDossiersLimitsAreRefused() throws {
        let (folder, source) = try DossierBinary.temporaryDossier()
        defer { try? FileManager.default.removeItem(at: folder) }
        let limits = "title: ملف\nmax_article_bytes: 5000\nmax_line_characters: 400\n"
        try Data(limits.utf8).write(to: source.appendingPathComponent("dossier.yml"))
        let paragraph = "أعلنت الحكومة خطة جديدة لدعم المزارعين في المحافظات الجنوبية. "
        let cases = [
            ("long-line.txt", String(repeating: paragraph, count: 12), "[line-too-long]"),
            ("large.txt", String(repeating: paragraph + "\n", count: 60), "[article-too-large]"),
        ]
        for (name, text, code) in cases {
            let input = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: input)
            let result = try DossierBinary.run(["new", "article", input.path, "--source", source.path])
            #expect(result.status == 1)
            #expect(result.stderr.contains(code) && result.stderr.contains("nothing was imported"), "\(result.stderr)")
        }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: source.appendingPathComponent("articles").path).isEmpty)
    }

    /// A file is measured before it is read: a sparse file of 3 GB is refused for its size at
    /// once by `new article` and `mentions`, instead of being read whole (then refused for its
    /// NUL bytes, after filling gigabytes of memory).
    @Test func aHugeFileIsRefusedForItsSizeBeforeItIsRead() throws {
        let (folder, source) = try DossierBinary.temporaryDossier()
        defer { try? FileManager.default.removeItem(at: folder) }
        let huge = folder.appendingPathComponent("huge.txt")
        FileManager.default.createFile(atPath: huge.path, contents: nil)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 3 << 30)
        try handle.close()
        let imported = try DossierBinary.run(["new", "article", huge.path, "--source", source.path])
        #expect(imported.status == 1)
        #expect(imported.stderr.contains("[article-too-large]"), "\(imported.stderr)")
        let listed = try DossierBinary.run(["mentions", huge.path, "--source", source.path])
        #expect(listed.status == 1)
        #expect(listed.stderr.contains("[article-too-large]"), "\(listed.stderr)")
    }

    /// A line break in the imported file's name, or a line separator in a removed line, cannot
    /// end a comment of the sidecar early and leave the rest to be read as YAML.
    @Test func lineBreaksInTheNameOrALineStayInTheirComment() throws {
        let (folder, source) = try DossierBinary.temporaryDossier()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("new\nline.txt")
        let page =
            "اقرأ أيضا:\u{2028}عنوان آخر\n\nقال وزير المالية اليوم إن الاقتصاد ينمو بسرعة كبيرة هذا العام.\n\nوأضاف أن الصادرات ارتفعت بنسبة عشرة في المئة.\n"
        try Data(page.utf8).write(to: input)
        let imported = try DossierBinary.run(["new", "article", input.path, "--source", source.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("# Imported from new line.txt"), "\(imported.stdout)")
        let checked = try DossierBinary.run([
            "check", "--source", source.path, "--templates",
            DossierBinary.root.appendingPathComponent("Templates").path,
        ])
        #expect(!checked.stderr.contains("unknown-key") && !checked.stderr.contains("yaml-syntax"), "\(checked.stderr)")
    }

    /// A page that is all furniture is imported, for its sidecar to say what the body is, with
    /// a warning that the build refuses it until then.
    @Test func aPageOfFurnitureOnlyIsImportedWithAWarning() throws {
        let (folder, source) = try DossierBinary.temporaryDossier()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("furniture.txt")
        try Data("اخر الاخبار\n\nاقرأ أيضا\n\nجميع الحقوق محفوظة © 2024\n\nاترك تعليقاً\n".utf8).write(to: input)
        let imported = try DossierBinary.run(["new", "article", input.path, "--source", source.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("warning: [article-empty] every line of the page looked like its furniture"))
        #expect(imported.stderr.contains("under `body:`"))
    }

    @Test func sidecarGivesTheLanguageAndDoubtsAboutTheDate() throws {
        let (folder, source) = try DossierBinary.temporaryDossier()
        defer { try? FileManager.default.removeItem(at: folder) }
        let english = folder.appendingPathComponent("english.txt")
        try Data(
            """
            Menu
            Storm floods the old city of Tunis
            Published on October 14, 2024
            Heavy rain flooded the streets of the old city of Tunis on Monday, and the civil protection said that it had rescued dozens of people from their homes.
            The authorities closed the schools for two days.

            """.utf8
        ).write(to: english)
        let imported = try DossierBinary.run(["new", "article", english.path, "--source", source.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("\nlanguage: en\n"))
        #expect(imported.stdout.contains("\npublished: 2024-10-14\n"))
        #expect(imported.stdout.contains("\n#   1 navigation: Menu\n"))

        // The only date is a site clock above the headline, later than the date in the text.
        let clock = folder.appendingPathComponent("clock.txt")
        try Data(
            """
            11:05 صباحاً / 2 مارس، 2026
            البرلمان يصادق على قانون الانتخابات الجديد
            صادق البرلمان يوم الثلاثاء 14 يناير 2025 على قانون الانتخابات الجديد بأغلبية واسعة بعد نقاش دام يومين.
            وقال رئيس البرلمان إن القانون يفتح الباب أمام انتخابات مبكرة قبل نهاية العام.

            """.utf8
        ).write(to: clock)
        let second = try DossierBinary.run(["new", "article", clock.path, "--source", source.path])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(
            second.stdout.contains(
                "# Warning: «11:05 صباحاً / 2 مارس، 2026» above the headline looks like the site's clock"))
        #expect(!second.stdout.contains("\npublished:"))
        #expect(second.stdout.contains("\nlanguage: ar\n"))
    }

    @Test func importedArticleLoadsWithItsSidecar() throws {
        let (folder, input, source) = try Self.windows1256Import()
        defer { try? FileManager.default.removeItem(at: folder) }
        let imported = try DossierBinary.run([
            "new", "article", input.path, "--source", source.path, "--id", "minister-visit",
        ])
        #expect(imported.status == 0, "\(imported.stderr)")
        let check = try DossierBinary.run([
            "check", "--source", source.path, "--templates",
            DossierBinary.root.appendingPathComponent("Templates").path,
        ])
        #expect(check.status == 0, "\(check.stderr)")
    }
}
