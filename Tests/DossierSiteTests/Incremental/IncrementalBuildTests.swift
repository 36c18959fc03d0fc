import Foundation
import Testing

@testable import DossierAnalysis
@testable import DossierOutput
@testable import DossierSite

/// An incremental build (over the previous build, with its cache) must produce exactly the
/// files a clean build produces, and touch only the files whose bytes changed.
@Suite(.serialized)
struct IncrementalBuildTests {
    /// The text of a seed article, changed so it is a different story with the same actors.
    private func newArticleText(from workspace: IncrementalWorkspace) throws -> String {
        let seeds = try FileManager.default.contentsOfDirectory(
            atPath: workspace.source.appendingPathComponent("articles").path
        )
        .filter { $0.hasSuffix(".txt") }.sorted()
        let first = try String(
            contentsOf: workspace.source.appendingPathComponent("articles/" + seeds[1]), encoding: .utf8)
        return "تقرير جديد عن المحادثات\n\n" + first + "\n\nفقرة أضيفت في الاختبار تذكر البيت الأبيض مرة أخرى.\n"
    }

    /// As debug builds make them (each page taken by its sources checked), and as release builds do.
    @Test(arguments: [true, false]) func addEditDeleteArticleAndEditTemplateMatchCleanBuilds(checked: Bool) async throws
    {
        var workspace = try IncrementalWorkspace.seedsAndTemplates("incremental")
        workspace.checksPagesTakenBySources = checked
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        let first = try await workspace.buildAndCompare("first build")
        #expect(first.writeSummary?.clean == true)

        // Nothing changed: nothing is written.
        let again = try await workspace.buildAndCompare("unchanged")
        #expect(again.writeSummary?.clean == false)
        #expect(again.writeSummary?.written == [])
        #expect(again.reusedPages == again.pageCount, "every page is taken from the previous build")

        // Add an article: its page and original appear, and pages that list articles change.
        try workspace.write(try newArticleText(from: workspace), to: "articles/zz-added.txt")
        try workspace.write("title: \"مقال مضاف\"\noutlet: unknown\n", to: "articles/zz-added.yml")
        let added = try await workspace.buildAndCompare("added article")
        let addedWritten = Set(added.writeSummary?.written ?? [])
        #expect(addedWritten.contains("articles/zz-added/index.html"))
        #expect(addedWritten.contains("articles/zz-added/original.txt"))
        #expect(addedWritten.contains("index.html"))
        #expect(!addedWritten.contains("assets/style.css"))
        // Only the pages that show something of the new article are rendered again.
        #expect(added.reusedPages > 0)
        #expect(added.reusedPages < added.pageCount)

        // Edit it.
        try workspace.write(try newArticleText(from: workspace) + "\nفقرة معدلة.\n", to: "articles/zz-added.txt")
        let edited = try await workspace.buildAndCompare("edited article")
        #expect(edited.writeSummary?.written.contains("articles/zz-added/index.html") == true)

        // Delete it: its pages disappear.
        try FileManager.default.removeItem(at: workspace.source.appendingPathComponent("articles/zz-added.txt"))
        try FileManager.default.removeItem(at: workspace.source.appendingPathComponent("articles/zz-added.yml"))
        let deleted = try await workspace.buildAndCompare("deleted article")
        #expect(deleted.writeSummary?.deleted.contains("articles/zz-added/index.html") == true)
        #expect(!FileManager.default.fileExists(atPath: workspace.incremental + "/articles/zz-added"))

        // Edit the base template: every page changes, the stylesheet does not.
        let base = try #require(workspace.templates).appendingPathComponent("base.mustache")
        let template = try String(contentsOf: base, encoding: .utf8)
        try Data(template.replacingOccurrences(of: "</body>", with: "<!-- edited --></body>").utf8).write(to: base)
        let templated = try await workspace.buildAndCompare("edited template")
        #expect(templated.reusedPages == 0, "a template edit renders every page again")
        let templatedWritten = Set(templated.writeSummary?.written ?? [])
        #expect(templatedWritten.contains("index.html"))
        #expect(!templatedWritten.contains("assets/style.css"))
        let home = try String(contentsOfFile: workspace.incremental + "/index.html", encoding: .utf8)
        #expect(home.contains("<!-- edited -->"))
    }

    /// Release builds record a page that has sources by their digest alone: its inputs are not
    /// gathered, so no later build takes it by them. Debug builds record both, to check pages
    /// taken by their sources against their inputs.
    @Test func releaseBuildsDoNotDigestTheInputsOfPagesWithSources() async throws {
        var workspace = try IncrementalWorkspace.seeds("incremental-no-inputs")
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        for checked in [false, true] {
            workspace.checksPagesTakenBySources = checked
            _ = try await workspace.builder(clean: true).build(outputFolder: workspace.incremental)
            let pages = BuildCache.Reading(sourceFolder: workspace.source.path, generator: Fingerprint.generator())
                .result.cache.pages
            // Article pages and actors' landing pages (not the lists of articles and of actors).
            let keyed = pages.filter { path, _ in
                ["articles/", "actors/"].contains { path.hasPrefix($0) } && path.hasSuffix("/index.html")
                    && path.split(separator: "/").count == 3
            }
            #expect(keyed.count > 5)
            for (path, record) in keyed {
                #expect(KeyedFingerprint.part(.sources, of: record.fingerprint)?.isEmpty == false, "\(path)")
                #expect(
                    KeyedFingerprint.part(.inputs, of: record.fingerprint)?.isEmpty == !checked,
                    "\(path), checked: \(checked)")
            }
        }
    }

    /// The links of pages taken from the previous build are not read again when no file and no
    /// id of the previous site is gone; when one is, they are: an outlet page taken as it was
    /// still reports its link to a paragraph that an edited article no longer has.
    @Test func aTakenPageLinkingToALostIDIsReported() async throws {
        let workspace = try IncrementalWorkspace.seedsAndTemplates("incremental")
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        let outletTemplate = try #require(workspace.templates).appendingPathComponent("outlet.mustache")
        let template = try String(contentsOf: outletTemplate, encoding: .utf8)
        try Data((template + #"<p><a href="../../articles/zz-target/index.html#p-3">3</a></p>"#).utf8).write(
            to: outletTemplate)
        try workspace.write(try newArticleText(from: workspace), to: "articles/zz-target.txt")
        try workspace.write("title: \"مقال مستهدف\"\noutlet: unknown\n", to: "articles/zz-target.yml")
        try await workspace.buildAndCompare("a template linking to a paragraph")
        #expect(try await workspace.builder().build(outputFolder: workspace.incremental).failed == false)

        try workspace.write("فقرة أولى عن الموضوع نفسه.\n\nفقرة ثانية وأخيرة.\n", to: "articles/zz-target.txt")
        let report = try await workspace.builder().build(outputFolder: workspace.incremental)
        #expect(report.failed)
        let broken = report.diagnostics.filter { $0.code == .brokenAnchor }
        #expect(!broken.isEmpty)
        #expect(broken.allSatisfy { $0.location?.path.contains("outlets/") == true })
        #expect(report.reusedPages > 0, "the outlet pages were taken from the previous build")
    }

    /// An article page is fingerprinted by its inputs, not its model (`ArticlePageInputs`):
    /// each edit elsewhere that the page shows (an actor's name, an outlet's name, a note in its
    /// margin, a page linking to it, the name of an article sharing a passage with it, a topic's
    /// title, the site's title) must render it again,
    /// and the result must be what a clean build makes.
    @Test func pagesTakenAsTheyAreReportTheirWarningsAgain() async throws {
        let workspace = try IncrementalWorkspace.seedsAndTemplates("incremental")
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        // Raw HTML in an actor's profile: its page warns when it is made.
        let actors = workspace.source.appendingPathComponent("actors")
        let actor = try #require(try FileManager.default.contentsOfDirectory(atPath: actors.path).sorted().first)
        let profile = try String(contentsOf: actors.appendingPathComponent(actor), encoding: .utf8)
        try workspace.write(profile + "\nسطر فيه <b>وسم</b>.\n", to: "actors/" + actor)
        let first = try await workspace.buildAndCompare("profile with raw HTML")
        let warning = try #require(first.diagnostics.first { $0.code == .markdownRawHTML })
        #expect(warning.location?.path == workspace.source.path + "/actors/" + actor)
        // The page's record keeps it, its path relative to the source folder.
        let page = "actors/" + actor.replacingOccurrences(of: ".md", with: "") + "/index.html"
        let records = BuildCache.Reading(sourceFolder: workspace.source.path, generator: Fingerprint.generator()).result
            .cache.pages
        let recorded = records[page]?.warnings ?? []
        #expect(recorded.contains { $0.code == .markdownRawHTML })
        #expect(recorded.allSatisfy { $0.location?.path == "actors/" + actor })
        // Built again unchanged, the page is taken as it is, and still warns (a strict build
        // fails as the first would have).
        let again = try await workspace.buildAndCompare("unchanged")
        #expect(again.reusedPages == again.pageCount)
        #expect(again.diagnostics.contains(warning))
        let strict = SiteBuilder(
            sourceFolder: workspace.source.path, templatesFolder: workspace.templates?.path, strict: true)
        #expect(try await strict.build(outputFolder: workspace.incremental).failed)
    }

    /// As debug builds make them (each page taken by its sources checked), and as release builds do.
    @Test(arguments: [true, false]) func editsAnArticlePageShowsRenderItAgain(checked: Bool) async throws {
        var workspace = try IncrementalWorkspace.seedsAndTemplates("incremental")
        workspace.checksPagesTakenBySources = checked
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        try await workspace.buildAndCompare("first build")
        let steps: [(String, String, String, String, page: String)] = [
            (
                "actor name", "actors/alhurra.md", "name: قناة الحرة", "name: قناة الحرة الأميركية",
                "003_7717c1d3e78a6b95"
            ),
            ("outlet name", "outlets/voa.md", "name: صوت أميركا", "name: إذاعة صوت أميركا", "002_42b83e1174955c73"),
            (
                "note body", "notes/alhurra-no-russian-reaction.md", "هذه الفقرة هي ما يميز", "هذه الفقرة وحدها تميز",
                "003_7717c1d3e78a6b95"
            ),
            (
                "link from a profile", "actors/cia.md", "\n---\n",
                "\n---\nانظر [مادة](article:004_4eda225dc166ea39).\n\n",
                "004_4eda225dc166ea39"
            ),
            // An undated article given a date becomes the earliest of its outlet's on the comparison.
            (
                "article date", "articles/004_4eda225dc166ea39.yml", "published: unknown\n",
                "published: 2024-10-20\n", "004_4eda225dc166ea39"
            ),
            // An article of no known outlet is named by its title where another page shows a
            // passage they share: that page changes, though nothing of its own did.
            (
                "title of a neighbour", "articles/004_4eda225dc166ea39.yml", "title: بدأت في أواخر 2022",
                "title: بدأت أواخر 2022", "000_7873ae83e845ea75"
            ),
            ("topic title", "topics/denials-confirmations.md", "title: من أكّد ومن نفى", "title: من أكد ومن نفى", ""),
            ("site title", "dossier.yml", "ملف الاتصالات السرية", "ملف الاتصالات", "000_7873ae83e845ea75"),
        ]
        for (step, path, old, new, page) in steps {
            try workspace.edit(path, old, new)
            let report = try await workspace.buildAndCompare(step)
            let rendered = (report.writeSummary?.written ?? []).filter {
                $0.hasPrefix("articles/") && $0.hasSuffix("/index.html")
            }
            #expect(!rendered.isEmpty, "\(step): no article page rendered again")
            if !page.isEmpty { #expect(rendered.contains("articles/\(page)/index.html"), "\(step): \(rendered)") }
        }
    }

    /// An article file renamed from `.txt` to `.md`, its bytes the same, is read again: its page
    /// names the file, and the extension decides how the bytes are read.
    @Test func anArticleRenamedToAnotherExtensionIsReadAgain() async throws {
        let workspace = try IncrementalWorkspace.seeds("incremental-rename")
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        try await workspace.buildAndCompare("first build")
        let articles = workspace.source.appendingPathComponent("articles")
        try FileManager.default.moveItem(
            at: articles.appendingPathComponent("002_42b83e1174955c73.txt"),
            to: articles.appendingPathComponent("002_42b83e1174955c73.md"))
        let report = try await workspace.buildAndCompare("renamed to .md")
        #expect(report.writeSummary?.written.contains("articles/002_42b83e1174955c73/index.html") == true)
        let page = try String(
            contentsOfFile: workspace.incremental + "/articles/002_42b83e1174955c73/index.html", encoding: .utf8)
        #expect(page.contains("002_42b83e1174955c73.md") && !page.contains("002_42b83e1174955c73.txt"))
    }

    /// Actor, topic and outlet landing pages are taken by the digest of their sources
    /// (`LandingPageSources`): each edit that such a page shows (a timeline event, a profile, the
    /// actors a note is about) must render it again, and the result must be what a clean build
    /// makes; an edit none of them shows takes them all. In debug builds (`checked`) a page
    /// taken by its sources is also built, and a difference fails the build; release builds
    /// take it unbuilt.
    @Test(arguments: [true, false]) func editsALandingPageShowsRenderItAgain(checked: Bool) async throws {
        var workspace = try IncrementalWorkspace.seedsAndTemplates("incremental")
        workspace.checksPagesTakenBySources = checked
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        try await workspace.buildAndCompare("first build")
        let steps: [(String, String, String, String, page: String)] = [
            (
                "timeline event", "timeline.yml", "روهرباشر يخسر مقعده في مجلس النواب",
                "روهرباشر يخسر مقعده النيابي", "actors/dana-rohrabacher/index.html"
            ),
            ("profile", "actors/cia.md", "\n---\n", "\n---\nفقرة أضيفت إلى التعريف.\n\n", "actors/cia/index.html"),
            (
                "a note's actors", "notes/bremmer-spelling-000.md", "actors: [ian-bremmer, eurasia-group]",
                "actors: [ian-bremmer]", "actors/eurasia-group/index.html"
            ),
        ]
        for (step, path, old, new, page) in steps {
            try workspace.edit(path, old, new)
            let report = try await workspace.buildAndCompare(step)
            #expect(report.writeSummary?.written.contains(page) == true, "\(step): \(page) rendered again")
        }
        let unchanged = try await workspace.buildAndCompare("unchanged")
        #expect(unchanged.reusedPages == unchanged.pageCount)
    }

    @Test func onlyChangedFilesAreRewritten() async throws {
        let workspace = try IncrementalWorkspace.seedsAndTemplates("incremental")
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        _ = try await workspace.builder().build(outputFolder: workspace.incremental)
        let stylesheet = workspace.incremental + "/assets/style.css"
        let before = try FileManager.default.attributesOfItem(atPath: stylesheet)[.modificationDate] as? Date
        let articles = try FileManager.default.contentsOfDirectory(
            atPath: workspace.source.appendingPathComponent("articles").path)
        let file = try #require(articles.filter { $0.hasSuffix(".txt") }.sorted().last)
        let id = String(file.dropLast(4))
        let text = try String(contentsOf: workspace.source.appendingPathComponent("articles/" + file), encoding: .utf8)
        // A paragraph that names nobody: only the article's own files and the data export change.
        try workspace.write(text + "\n\nفقرة قصيرة أضيفت للاختبار.\n", to: "articles/" + file)
        let recordsBefore = BuildCache.Reading(sourceFolder: workspace.source.path, generator: Fingerprint.generator())
            .result.cache.pages

        let report = try await workspace.builder().build(outputFolder: workspace.incremental)
        let summary = try #require(report.writeSummary)
        // Each article's data file is fingerprinted by what its analysis read: the edited
        // article's changes with its body (the added line may be set aside as furniture), the
        // others' are the same, so their files are taken as they were.
        let records = BuildCache.Reading(sourceFolder: workspace.source.path, generator: Fingerprint.generator()).result
            .cache.pages
        let data = "data/articles/\(id).json"
        #expect(records[data] != nil)
        #expect((records[data]?.fingerprint != recordsBefore[data]?.fingerprint) == summary.written.contains(data))
        let others = recordsBefore.keys.filter { $0.hasPrefix("data/articles/") && $0 != data }
        #expect(!others.isEmpty && others.allSatisfy { records[$0]?.fingerprint == recordsBefore[$0]?.fingerprint })
        #expect(!summary.clean)
        #expect(summary.written.contains("articles/\(id)/index.html"))
        #expect(summary.written.contains("articles/\(id)/original.txt"))
        #expect(summary.written.count <= 5, "\(summary.written)")
        #expect(report.pageCount - report.reusedPages == 1, "only the article's page is rendered")
        #expect(summary.deleted.isEmpty)
        #expect(summary.unchanged + summary.written.count == report.fileCount)
        let after = try FileManager.default.attributesOfItem(atPath: stylesheet)[.modificationDate] as? Date
        #expect(before == after)
        // Stage timings are recorded for every stage that ran.
        #expect(report.stages.map(\.stage) == [.load, .analyze, .plan, .render, .write])
    }

    @Test func aPageEditedInTheOutputIsRenderedAgain() async throws {
        let workspace = try IncrementalWorkspace.seedsAndTemplates("incremental")
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        _ = try await workspace.builder().build(outputFolder: workspace.incremental)
        let home = workspace.incremental + "/index.html"
        let original = try Data(contentsOf: URL(fileURLWithPath: home))
        try Data("<p>edited by hand</p>".utf8).write(to: URL(fileURLWithPath: home))

        let report = try await workspace.builder().build(outputFolder: workspace.incremental)
        #expect(report.writeSummary?.written == ["index.html"])
        #expect(report.reusedPages == report.pageCount - 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: home)) == original)
    }

    /// A stand-in for Pagefind in `workspace` that writes an index and logs each run in `runs`.
    private static func fakeIndexer(in workspace: IncrementalWorkspace, runs: URL) throws -> PagefindRunner {
        let script = workspace.folder.appendingPathComponent("fake-pagefind")
        try Data(
            """
            #!/bin/sh
            mkdir -p "$4/fragment" && echo index > "$4/pagefind-entry.json" && echo run >> "\(runs.path)"
            echo fragment > "$4/fragment/one.pf_fragment"

            """.utf8
        ).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return PagefindRunner(environment: ["DOSSIER_PAGEFIND": script.path], workingDirectory: workspace.folder.path)
    }

    @Test func theSearchIndexIsKeptWhenNoPageChanged() async throws {
        let workspace = try IncrementalWorkspace.seedsAndTemplates("incremental")
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        let runs = workspace.folder.appendingPathComponent("runs.log")
        var builder = workspace.builder()
        builder.searchIndexer = try Self.fakeIndexer(in: workspace, runs: runs)
        func runCount() throws -> Int {
            try String(contentsOf: runs, encoding: .utf8).split(separator: "\n").count
        }

        _ = try await builder.build(outputFolder: workspace.incremental)
        #expect(try runCount() == 1)
        let entry = workspace.incremental + "/pagefind/pagefind-entry.json"
        #expect(FileManager.default.fileExists(atPath: entry))

        // Nothing changed: the index stays and the indexer does not run.
        let unchanged = try await builder.build(outputFolder: workspace.incremental)
        #expect(unchanged.stages.map(\.stage).contains(.index))
        #expect(try runCount() == 1)
        #expect(FileManager.default.fileExists(atPath: entry))

        // A file of the index deleted by hand: no page changed, but the index is made again.
        let fragment = workspace.incremental + "/pagefind/fragment/one.pf_fragment"
        try FileManager.default.removeItem(atPath: fragment)
        _ = try await builder.build(outputFolder: workspace.incremental)
        #expect(try runCount() == 2)
        #expect(FileManager.default.fileExists(atPath: fragment))

        // A paragraph the indexer reads changed (the article's longest line, a paragraph of its
        // body): the index is made again.
        let articles = try FileManager.default.contentsOfDirectory(
            atPath: workspace.source.appendingPathComponent("articles").path)
        let file = try #require(articles.filter { $0.hasSuffix(".txt") }.sorted().last)
        let text = try String(contentsOf: workspace.source.appendingPathComponent("articles/" + file), encoding: .utf8)
        let longest = String(try #require(text.split(separator: "\n").max { $0.count < $1.count }))
        let edited = text.replacingOccurrences(of: longest, with: longest + " وكلمات أضيفت للاختبار")
        try workspace.write(edited, to: "articles/" + file)
        _ = try await builder.build(outputFolder: workspace.incremental)
        #expect(try runCount() == 3)
        #expect(FileManager.default.fileExists(atPath: entry))
    }

    /// A build without search data keeps its articles' scans without their search terms: the
    /// next build with search data scans them again, and writes what a clean build writes.
    /// (The seed articles all have notes, whose terms are made with the article's again: the
    /// added article has none.)
    @Test func aBuildWithSearchDataAfterOneWithoutMatchesACleanBuild() async throws {
        let workspace = try IncrementalWorkspace.seedsAndTemplates("incremental")
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        try workspace.write(try newArticleText(from: workspace), to: "articles/zz-added.txt")
        try workspace.write("title: \"مقال مضاف\"\noutlet: unknown\n", to: "articles/zz-added.yml")
        let indexer = try Self.fakeIndexer(in: workspace, runs: workspace.folder.appendingPathComponent("runs.log"))
        let plain = try await workspace.builder().build(outputFolder: workspace.incremental)
        #expect(!plain.failed)
        var searched = workspace.builder()
        searched.searchIndexer = indexer
        #expect(try await !searched.build(outputFolder: workspace.incremental).failed)
        var clean = workspace.builder(clean: true)
        clean.searchIndexer = indexer
        #expect(try await !clean.build(outputFolder: workspace.clean).failed)
        let incrementalFiles = try SiteTestPaths.snapshot(of: URL(fileURLWithPath: workspace.incremental))
        let cleanFiles = try SiteTestPaths.snapshot(of: URL(fileURLWithPath: workspace.clean))
        #expect(incrementalFiles.keys.sorted() == cleanFiles.keys.sorted())
        #expect(cleanFiles.keys.filter { incrementalFiles[$0] != cleanFiles[$0] }.sorted() == [])
    }
}
