import DossierLoader
import DossierModel
import Foundation
import Testing

@testable import DossierAnalysis
@testable import DossierOutput
@testable import DossierSite

/// An incremental build (over the previous build, with its cache) must produce exactly the
/// files a clean build produces, and touch only the files whose bytes changed.
@Suite(.serialized)
struct IncrementalBuildTests {
    /// A copy of the seeds and the templates (`templates(of:)`) that a test may edit.
    private static func workspace() throws -> IncrementalWorkspace {
        var workspace = try IncrementalWorkspace.seeds("incremental")
        let templates = Self.templates(of: workspace)
        try FileManager.default.copyItem(atPath: SiteTestPaths.templates, toPath: templates.path)
        workspace.templates = templates
        return workspace
    }

    /// The workspace's copy of the templates.
    private static func templates(of workspace: IncrementalWorkspace) -> URL {
        workspace.folder.appendingPathComponent("Templates")
    }

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

    @Test func addEditDeleteArticleAndEditTemplateMatchCleanBuilds() async throws {
        let workspace = try Self.workspace()
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
        let base = Self.templates(of: workspace).appendingPathComponent("base.mustache")
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

    /// The links of pages taken from the previous build are not read again when no file and no
    /// id of the previous site is gone; when one is, they are: an outlet page taken as it was
    /// still reports its link to a paragraph that an edited article no longer has.
    @Test func aTakenPageLinkingToALostIDIsReported() async throws {
        let workspace = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        let outletTemplate = Self.templates(of: workspace).appendingPathComponent("outlet.mustache")
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
        let workspace = try Self.workspace()
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

    @Test func editsAnArticlePageShowsRenderItAgain() async throws {
        let workspace = try Self.workspace()
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
                "article date", "articles/004_4eda225dc166ea39.yml", "outlet: unknown\n",
                "outlet: unknown\npublished: 2024-10-20\n", "004_4eda225dc166ea39"
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

    /// Actor, topic and outlet landing pages are taken by the digest of their sources
    /// (`LandingPageSources`): each edit that such a page shows (a timeline event, a profile, the
    /// actors a note is about) must render it again, and the result must be what a clean build
    /// makes; an edit none of them shows takes them all. In debug builds a page taken by its
    /// sources is also built, and a difference fails the build.
    @Test func editsALandingPageShowsRenderItAgain() async throws {
        let workspace = try Self.workspace()
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
        let workspace = try Self.workspace()
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
        let workspace = try Self.workspace()
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
            mkdir -p "$2/pagefind" && echo index > "$2/pagefind/pagefind-entry.json" && echo run >> "\(runs.path)"

            """.utf8
        ).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return PagefindRunner(environment: ["DOSSIER_PAGEFIND": script.path], workingDirectory: workspace.folder.path)
    }

    @Test func theSearchIndexIsKeptWhenNoPageChanged() async throws {
        let workspace = try Self.workspace()
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

        // A page changed: the index is made again.
        let articles = try FileManager.default.contentsOfDirectory(
            atPath: workspace.source.appendingPathComponent("articles").path)
        let file = try #require(articles.filter { $0.hasSuffix(".txt") }.sorted().last)
        let text = try String(contentsOf: workspace.source.appendingPathComponent("articles/" + file), encoding: .utf8)
        try workspace.write(text + "\n\nفقرة قصيرة أضيفت للاختبار.\n", to: "articles/" + file)
        _ = try await builder.build(outputFolder: workspace.incremental)
        #expect(try runCount() == 2)
        #expect(FileManager.default.fileExists(atPath: entry))
    }

    /// A build without search data keeps its articles' scans without their search terms: the
    /// next build with search data scans them again, and writes what a clean build writes.
    /// (The seed articles all have notes, whose terms are made with the article's again: the
    /// added article has none.)
    @Test func aBuildWithSearchDataAfterOneWithoutMatchesACleanBuild() async throws {
        let workspace = try Self.workspace()
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

    @Test func failedBuildLeavesThePreviousSiteUntouched() async throws {
        let workspace = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        _ = try await workspace.builder().build(outputFolder: workspace.incremental)
        let before = try SiteTestPaths.snapshot(of: URL(fileURLWithPath: workspace.incremental))
        let articles = try FileManager.default.contentsOfDirectory(
            atPath: workspace.source.appendingPathComponent("articles").path)
        let sidecar = try #require(articles.filter { $0.hasSuffix(".yml") }.sorted().first)
        let cacheBefore = try cacheFiles(workspace)
        try workspace.write("not_a_key: 1\n", to: "articles/" + sidecar)
        let report = try await workspace.builder().build(outputFolder: workspace.incremental)
        #expect(report.failed)
        #expect(report.writeSummary == nil)
        #expect(try SiteTestPaths.snapshot(of: URL(fileURLWithPath: workspace.incremental)) == before)
        // The analysis' parts, written while the site was rendered, were not put in place.
        #expect(try cacheFiles(workspace) == cacheBefore)
    }

    /// A first build that fails leaves the source folder as it found it: no empty cache folder.
    @Test func aFailedFirstBuildLeavesNoCacheFolder() async throws {
        let folder = try SiteTestPaths.temporaryFolder("failed-first")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("source")
        try FileManager.default.copyItem(at: SiteTestPaths.fixtures.appendingPathComponent("orphan-note"), to: source)
        let builder = SiteBuilder(sourceFolder: source.path, templatesFolder: SiteTestPaths.templates)
        let report = try await builder.build(outputFolder: folder.appendingPathComponent("site").path)
        #expect(report.failed)
        #expect(!FileManager.default.fileExists(atPath: source.appendingPathComponent(".dossier").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("site").path))
    }

    /// A build lets go of the output's lock before it returns, not when the rendering it hands
    /// to another thread to free is freed: a preview rebuilding at once found the lock taken.
    @Test func theOutputsLockIsFreeOnceTheBuildReturns() async throws {
        let workspace = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        let output = URL(fileURLWithPath: workspace.incremental)
        for _ in 0..<3 {
            _ = try await workspace.builder().build(outputFolder: workspace.incremental)
            #expect(throws: Never.self) { _ = try OutputLock(output: output, named: output.path) }
        }
    }

    /// The cache's parts written by a build killed before it put them in place are removed by
    /// the next build that does.
    @Test func pendingCachePartsOfAKilledBuildAreRemoved() async throws {
        let workspace = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        _ = try await workspace.builder().build(outputFolder: workspace.incremental)
        let folder = workspace.source.appendingPathComponent(".dossier")
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        try Data("half a part".utf8).write(to: folder.appendingPathComponent("articles-00.bin.pending-0123"))
        try Data("half a part".utf8).write(to: folder.appendingPathComponent("comparison.bin.pending-4567"))
        // A build that changes nothing writes no part, and removes them all the same.
        _ = try await workspace.builder().build(outputFolder: workspace.incremental)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before)
        #expect(before.allSatisfy { !$0.contains(PendingCachePart.marker) })
    }

    /// The bytes of each file of the cache, by name.
    private func cacheFiles(_ workspace: IncrementalWorkspace) throws -> [String: Data] {
        let folder = workspace.source.appendingPathComponent(".dossier")
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    /// The text of every JSON file of the cache.
    private func cacheText(_ workspace: IncrementalWorkspace) throws -> String {
        let folder = workspace.source.appendingPathComponent(".dossier")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .filter { $0.hasSuffix(".bin") }
            .map { String(decoding: try Data(contentsOf: folder.appendingPathComponent($0)), as: UTF8.self) }
            .joined(separator: "\n")
    }

    @Test func theCacheLivesInTheSourceFolderAndABadOneIsIgnoredWithANote() async throws {
        let workspace = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        try await workspace.buildAndCompare("first build")
        let folder = workspace.source.appendingPathComponent(".dossier")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let shardNames = CacheFiles.shards(in: folder)
        #expect(!shardNames.articles.isEmpty && !shardNames.analysis.isEmpty)
        #expect(Set(names) == Set(shardNames.articles + shardNames.analysis + ["comparison.bin", "pages.bin"]))
        let text = try cacheText(workspace)
        // Nothing of the machine's layout: not the output's path, not the templates'.
        let folderName = workspace.folder.lastPathComponent
        #expect(!text.contains(folderName + "/site") && !text.contains(folderName + "\\/site"))
        #expect(!text.contains(folderName + "/Templates") && !text.contains(folderName + "\\/Templates"))
        // Nor the source folder's: the sidecars' paths are kept relative to it.
        #expect(!text.contains(folderName + "/source") && !text.contains(folderName + "\\/source"))
        #expect(text.contains("<source>"))
        // Nothing but the two outputs sits beside them, with their locks and at most the
        // previous site of each, which the next build into it removes.
        let beside = try FileManager.default.contentsOfDirectory(atPath: workspace.folder.path).sorted()
        #expect(
            beside.filter { !$0.contains(".dossier-previous-") }
                == [".clean.dossier-lock", ".site.dossier-lock", "Templates", "clean", "site", "source"])
        #expect(beside.filter { $0.hasPrefix(".site.dossier-previous-") }.count <= 1)
        #expect(beside.filter { $0.hasPrefix(".clean.dossier-previous-") }.count <= 1)

        for (bad, part) in [
            ("not a cache", shardNames.articles[0]), ("\u{1}", "pages.bin"), ("", shardNames.analysis.last ?? ""),
        ] {
            try Data(bad.utf8).write(to: folder.appendingPathComponent(part))
            let report = try await workspace.buildAndCompare("with a bad \(part)")
            #expect(report.notes.contains { $0.contains("build cache") && $0.contains(part) }, "\(report.notes)")
            #expect(report.reusedPages == 0)
        }
        try Data("damaged".utf8).write(to: folder.appendingPathComponent("comparison.bin"))
        let again = try await workspace.buildAndCompare("with the cache written anew, the comparison damaged")
        #expect(again.notes.isEmpty)
        #expect(again.reusedPages == again.pageCount)
    }

    /// The reading hands the comparison's record over once and keeps none in the cache it
    /// gives, so that the build lets go of its bytes once the analysis has read them.
    @Test func theReadingHandsTheComparisonOverOnce() async throws {
        let workspace = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        try await workspace.buildAndCompare("first build")
        let reading = BuildCache.Reading(sourceFolder: workspace.source.path, generator: Fingerprint.generator())
        #expect(reading.result.cache.analysis != nil)
        #expect(reading.result.cache.analysis?.comparison == nil)
        let record = try #require(reading.takeComparison())
        #expect(record.isFromFile && record.result() != nil)
        #expect(reading.takeComparison() == nil)
    }

    /// Each part of the cache is written only when it changed: an edited note leaves the
    /// articles and the comparison as they were on disk.
    @Test func anEditedNoteLeavesTheArticlesAndTheComparisonOnDisk() async throws {
        let workspace = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        try await workspace.buildAndCompare("first build")
        let folder = workspace.source.appendingPathComponent(".dossier")
        func stamps() throws -> [String: Date] {
            var stamps: [String: Date] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                let attributes = try FileManager.default.attributesOfItem(
                    atPath: folder.appendingPathComponent(name).path)
                stamps[name] = attributes[.modificationDate] as? Date
            }
            return stamps
        }
        let before = try stamps()
        let notes = workspace.source.appendingPathComponent("notes")
        let note = try #require(try FileManager.default.contentsOfDirectory(atPath: notes.path).sorted().first)
        let text = try String(contentsOf: notes.appendingPathComponent(note), encoding: .utf8)
        try Data((text + "\nجملة أضافها الاختبار إلى التعليق.\n").utf8).write(to: notes.appendingPathComponent(note))
        // Built once (a clean build, as `buildAndCompare` makes after it, rewrites everything).
        let report = try await workspace.builder().build(outputFolder: workspace.incremental)
        #expect(report.reusedPages > 0 && report.reusedPages < report.pageCount)
        let after = try stamps()
        #expect(after["pages.bin"] != before["pages.bin"])
        // The analysis part keeps the noted article's search terms with its notes, so it may
        // change; the articles and the comparison do not.
        for part in CacheFiles.shards(in: folder).articles + ["comparison.bin"] {
            #expect(after[part] != nil && after[part] == before[part], "\(part) was written again")
        }
        try await workspace.buildAndCompare("edited note")
    }

    @Test func articlesReadByAnotherBinaryAreReadAgain() async throws {
        let workspace = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        try await workspace.buildAndCompare("first build")
        let folder = workspace.source.appendingPathComponent(".dossier")
        let pages = URL(fileURLWithPath: workspace.incremental)

        // A cached article whose title differs from what reading its bytes gives: the same
        // binary trusts the cache (so the test can tell), another reads the article again.
        var shards: [(name: String, head: CacheRecords.Head<BuildCache.NoHeader>, entries: [String: CachedArticle])] =
            []
        for name in CacheFiles.shards(in: folder).articles {
            let (head, entries) = try #require(
                CacheRecords.decode(
                    [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))),
                    header: BuildCache.NoHeader.self, entry: CachedArticle.self))
            shards.append((name, head, entries))
        }
        let path = try #require(shards.flatMap(\.entries.keys).min())
        let shard = try #require(shards.firstIndex { $0.entries[path] != nil })
        let cached = try #require(shards[shard].entries[path])
        let id = cached.article.id
        let marker = "عنوان من الذاكرة المؤقتة"
        var article = cached.article
        article.title = marker
        shards[shard].entries[path] = CachedArticle(
            key: cached.key, article: article, outletName: cached.outletName, diagnostics: cached.diagnostics)
        // Every shard, so that they are all of one build.
        func write(generator: String) throws {
            for (name, head, entries) in shards {
                var rewritten = head
                rewritten.generator = generator
                let bytes = try CacheRecords.encode(
                    head: rewritten, entries: entries, previous: nil, previousBytes: nil)
                try Data(bytes).write(to: folder.appendingPathComponent(name))
            }
        }
        try write(generator: shards[shard].head.generator)
        let page = pages.appendingPathComponent("articles/\(id)/index.html")
        _ = try await workspace.builder().build(outputFolder: workspace.incremental)
        #expect(try String(contentsOf: page, encoding: .utf8).contains(marker), "the same binary reuses the cache")

        try write(generator: "another binary")
        _ = try await workspace.buildAndCompare("another binary")
        #expect(try !String(contentsOf: page, encoding: .utf8).contains(marker))
        #expect(
            !(try cacheText(workspace)).contains(ProcessInfo.processInfo.arguments[0]),
            "no path of the binary in the cache")
    }
}
