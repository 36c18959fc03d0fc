import DossierLoader
import Foundation
import Testing

@testable import DossierAnalysis
@testable import DossierOutput
@testable import DossierSite

/// The build cache around incremental builds: a failed or killed build leaves the previous
/// site and cache as they were, the cache lives in the source folder and a bad one is ignored,
/// and what it holds is read once and only while it is valid.
@Suite(.serialized)
struct IncrementalCacheTests {

    @Test func failedBuildLeavesThePreviousSiteUntouched() async throws {
        let workspace = try IncrementalWorkspace.seedsAndTemplates("incremental")
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
        let workspace = try IncrementalWorkspace.seedsAndTemplates("incremental")
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
        let workspace = try IncrementalWorkspace.seedsAndTemplates("incremental")
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

    /// A named pipe in place of a part of the cache (a copied dossier may carry one) is a part
    /// that cannot be used, told in a note: reading it waited for a writer that never came,
    /// and the build hung without a word. A helper opens the pipes for writing whenever a
    /// reader waits on one, so that the build ends either way, and records that it had to.
    @Test func aNamedPipeInTheCacheIsAnUnusablePartNotAHang() async throws {
        let workspace = try IncrementalWorkspace.seedsAndTemplates("incremental")
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        _ = try await workspace.builder().build(outputFolder: workspace.incremental)
        let folder = workspace.source.appendingPathComponent(".dossier")
        let parts = ["pages.bin", try #require(CacheFiles.shards(in: folder).articles.first)]
        for part in parts {
            let path = folder.appendingPathComponent(part).path
            try FileManager.default.removeItem(atPath: path)
            #expect(mkfifo(path, 0o644) == 0)
        }
        let unblocker = PipeUnblocker(parts.map { folder.appendingPathComponent($0).path })
        unblocker.start()
        let report = try await workspace.builder().build(outputFolder: workspace.incremental)
        #expect(unblocker.stop() == 0, "the build waited on a pipe of its cache")
        #expect(!report.failed, "\(report.diagnostics)")
        for part in parts {
            #expect(report.notes.contains { $0.contains("build cache") && $0.contains(part) }, "\(report.notes)")
        }
    }

    /// A cache that could not be saved is told on one line: the output's fix, which a file
    /// error carries on a line of its own, is left out, not shown escaped in the note.
    @Test func anUnsavedCacheIsToldOnOneLine() {
        let error = OutputError(
            "cannot create /d/.dossier/pages.bin.pending-1: Permission denied",
            fix: "choose a place you may write to, or give yourself the rights to it")
        let note = BuildCache.unsaved(in: URL(fileURLWithPath: "/d/.dossier"), error)
        #expect(
            note == "could not save the build cache in /d/.dossier (cannot create /d/.dossier/pages.bin.pending-1: "
                + "Permission denied); the next build starts afresh")
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
        let workspace = try IncrementalWorkspace.seedsAndTemplates("incremental")
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
        let workspace = try IncrementalWorkspace.seedsAndTemplates("incremental")
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
        let workspace = try IncrementalWorkspace.seedsAndTemplates("incremental")
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
        let workspace = try IncrementalWorkspace.seedsAndTemplates("incremental")
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
