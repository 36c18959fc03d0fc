import DossierModel
import DossierOutput
import Foundation
import Testing

@testable import DossierAnalysis
@testable import DossierSite

/// `dossier build` indexes the site before the swap; a missing indexer warns (fails under
/// --strict); a failing one fails the build.
@Suite("Search indexer in the build")
struct SearchIndexerBuildTests {
    private let missing = PagefindRunner(
        environment: ["DOSSIER_PAGEFIND": "/nonexistent/pagefind", "PATH": ""], workingDirectory: "/nonexistent")

    /// Builds the single-pages fixture once, with `indexer`, into a scratch folder named after
    /// `name`, and calls `check` with the report and the output folder before removing both.
    private func build(
        _ name: String, indexer: PagefindRunner, strict: Bool = false, check: (BuildReport, URL) throws -> Void
    ) async throws {
        let folder = try SinglePagesFixture.write()
        let output = try SiteTestPaths.temporaryFolder(name).appendingPathComponent("site")
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: output.deletingLastPathComponent())
        }
        var builder = SiteBuilder(sourceFolder: folder.path, templatesFolder: SiteTestPaths.templates, strict: strict)
        builder.searchIndexer = indexer
        try check(try await builder.build(outputFolder: output.path), output)
    }

    @Test func missingIndexerWarnsAndStillWritesTheSite() async throws {
        try await build("no-indexer", indexer: missing) { report, output in
            let warning = try #require(report.diagnostics.first { $0.code == .searchIndexerMissing })
            #expect(warning.severity == .warning)
            #expect(report.wroteOutput && !report.failed)
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("search/index.html").path))
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("pagefind").path))
        }
    }

    @Test func missingIndexerFailsUnderStrict() async throws {
        try await build("no-indexer-strict", indexer: missing, strict: true) { report, output in
            #expect(report.failed && !report.wroteOutput)
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
    }

    /// An indexer that fails, or exits without writing an index, fails the build: the site
    /// already there is left as it was (its search page would otherwise say search works).
    @Test(arguments: ["echo boom >&2; exit 3", "exit 0"])
    func failingIndexerLeavesTheSiteAsItWas(_ script: String) async throws {
        let rebuild = try await IndexedRebuild("failing-indexer", script: script)
        defer { rebuild.remove() }
        await #expect {
            _ = try await rebuild.run()
        } throws: { error in
            "\(error)".contains("[search-indexer-failed]") && "\(error)".contains("the site was left as it was")
        }
        #expect(try rebuild.homeIsUnchanged())
        #expect(!FileManager.default.fileExists(atPath: rebuild.output.appendingPathComponent("pagefind").path))
    }

    /// An indexer killed by SIGKILL (as the system stops a program out of memory) fails the
    /// build with a fix that says so, and the site is left as it was.
    @Test func killedIndexerNamesMemory() async throws {
        let rebuild = try await IndexedRebuild("killed-indexer", script: "echo indexing; kill -9 $$")
        defer { rebuild.remove() }
        await #expect {
            _ = try await rebuild.run()
        } throws: { error in
            let text = "\(error)"
            return text.contains("[search-indexer-failed] Pagefind was killed (signal 9, exit status 137): indexing")
                && text.contains("the site was left as it was") && text.contains("when memory runs out")
                && text.contains("--no-search")
        }
        #expect(try rebuild.homeIsUnchanged())
    }

    /// An indexer that hangs is stopped, with what it started, after DOSSIER_PAGEFIND_TIMEOUT
    /// seconds, and the build fails with the site left as it was.
    @Test func hangingIndexerIsStoppedAtItsTimeout() async throws {
        // The indexer starts a shell of its own (whose command line names the scratch folder)
        // that sleeps: the whole group must go.
        let rebuild = try await IndexedRebuild(
            "hanging-indexer", script: "/bin/sh -c 'sleep 300; :' \"$0\"",
            environment: ["DOSSIER_PAGEFIND_TIMEOUT": "1"])
        defer { rebuild.remove() }
        let start = Date()
        await #expect {
            _ = try await rebuild.run()
        } throws: { error in
            let text = "\(error)"
            return text.contains("[search-indexer-failed] Pagefind did not finish in 1 s")
                && text.contains("the site was left as it was") && text.contains("DOSSIER_PAGEFIND_TIMEOUT")
                && text.contains("--no-search")
        }
        #expect(Date().timeIntervalSince(start) < 60)
        #expect(try rebuild.homeIsUnchanged())
        var strays = running(mentioning: rebuild.scratch.path)
        for _ in 0..<20 where !strays.isEmpty {
            try await Task.sleep(for: .milliseconds(100))
            strays = running(mentioning: rebuild.scratch.path)
        }
        #expect(strays.isEmpty, "still running after the timeout: \(strays)")
    }

    /// Pages carry their search data only when the build writes an index: the first build,
    /// without one, leaves it out; a rebuild with an index (from the cache, not clean) makes
    /// every page that has search data again instead of taking the previous build's.
    @Test func pagesCarrySearchDataOnlyWithAnIndex() async throws {
        let rebuild = try await IndexedRebuild(
            "search-data", script: #"mkdir -p "$4" && echo index > "$4/pagefind-entry.json""#)
        defer { rebuild.remove() }
        let unindexed = try pages(in: rebuild.output)
        #expect(!unindexed.isEmpty)
        #expect(unindexed.values.allSatisfy { !$0.contains("search-data") && !$0.contains("data-pagefind-body") })
        var builder = rebuild.builder
        builder.clean = false
        let report = try await builder.build(outputFolder: rebuild.output.path)
        #expect(!report.failed)
        let indexed = try pages(in: rebuild.output).filter { $0.value.contains("<div hidden class=\"search-data\">") }
        // Every article page is searchable, with its body marked for the indexer.
        let articlePages = unindexed.keys.filter { $0.hasPrefix("articles/") && $0 != "articles/index.html" }
        #expect(!articlePages.isEmpty)
        #expect(Set(articlePages).isSubset(of: indexed.keys))
        #expect(indexed.values.allSatisfy { $0.contains("<main id=\"main\" data-pagefind-body>") })
    }

    /// Pagefind is given only the pages with search data to read: the folder it reads (`--site`,
    /// links to the pages of one part of the index) holds every page that has a
    /// `data-pagefind-body`, and none of the others (home, lists, search, timeline), at the
    /// same paths; it writes the index into the site's index folder (`--output-path`).
    @Test func theIndexerReadsOnlyThePagesWithSearchData() async throws {
        let rebuild = try await IndexedRebuild(
            "indexer-pages",
            script:
                #"printf '%s\n' "$@" > "$0.arguments" && (cd "$2" && find . -name '*.html' | sort) > "$0.pages" && mkdir -p "$4" && echo index > "$4/pagefind-entry.json""#
        )
        defer { rebuild.remove() }
        #expect(try await !rebuild.run().failed)
        let arguments = try lines(of: rebuild.scratch.appendingPathComponent("pagefind.sh.arguments"))
        try #require(arguments.count == 4, "\(arguments)")
        #expect(arguments[0] == "--site" && arguments[2] == "--output-path")
        #expect(arguments[3].hasSuffix("/pagefind") && !arguments[1].hasPrefix(arguments[3]))
        let read = try lines(of: rebuild.scratch.appendingPathComponent("pagefind.sh.pages")).map {
            String($0.dropFirst(2))
        }
        let pages = try pages(in: rebuild.output)
        let searchable = Set(pages.filter { $0.value.contains("data-pagefind-body") }.keys)
        #expect(searchable.count > 5)
        #expect(searchable.count < pages.count)
        #expect(Set(read) == searchable)
        #expect(read.count == searchable.count)
    }

    /// The lines of the text file at `url`.
    private func lines(of url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// The progress line names the writing and then the search index while Pagefind runs (it
    /// went on naming the rendering); a build without an index names no index.
    @Test func theProgressLineNamesTheSearchIndexWhileItRuns() async throws {
        let rebuild = try await IndexedRebuild(
            "indexer-progress", script: #"mkdir -p "$4" && echo index > "$4/pagefind-entry.json""#)
        defer { rebuild.remove() }
        let indexed = AnnouncedStages()
        let report = try await rebuild.builder.build(
            outputFolder: rebuild.output.path, recorder: StageRecorder { indexed.add($0) })
        #expect(!report.failed)
        #expect(Array(indexed.stages.suffix(3)) == [.render, .write, .index], "\(indexed.stages)")
        var plain = rebuild.builder
        plain.searchIndexer = nil
        let unindexed = AnnouncedStages()
        _ = try await plain.build(outputFolder: rebuild.output.path, recorder: StageRecorder { unindexed.add($0) })
        #expect(unindexed.stages.last == .write && !unindexed.stages.contains(.index), "\(unindexed.stages)")
    }

    /// The text of every HTML page under `folder`, by path relative to it.
    private func pages(in folder: URL) throws -> [String: String] {
        let paths = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return Dictionary(
            uniqueKeysWithValues: try paths.filter { $0.hasSuffix(".html") }.map {
                ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
            })
    }

    @Test(arguments: ["abc", "0", "-5", "1.5"])
    func timeoutThatIsNotSecondsFailsTheBuild(_ value: String) async throws {
        let indexer = PagefindRunner(
            environment: ["DOSSIER_PAGEFIND": "/bin/true", "DOSSIER_PAGEFIND_TIMEOUT": value], workingDirectory: "/")
        try await build("bad-timeout", indexer: indexer) { report, output in
            let problem = try #require(report.diagnostics.first { $0.code == .searchIndexerFailed })
            #expect(problem.severity == .error && problem.message.contains("DOSSIER_PAGEFIND_TIMEOUT"))
            #expect(problem.fix?.contains("whole number of seconds") == true)
            #expect(report.failed && !FileManager.default.fileExists(atPath: output.path))
        }
    }

    /// The command lines of the processes still running that contain `text`.
    private func running(mentioning text: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry in
            FileManager.default.contents(atPath: "/proc/\(entry)/cmdline")
                .map { String(decoding: $0.map { $0 == 0 ? 32 : $0 }, as: UTF8.self) }
        }.filter { $0.contains(text) }
    }

    @Test func noIndexerConfiguredMeansNoSearchWarning() async throws {
        let folder = try SinglePagesFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try await SiteBuilder(sourceFolder: folder.path, templatesFolder: SiteTestPaths.templates).check()
        #expect(!report.diagnostics.contains { [.searchIndexerMissing, .searchIndexerFailed].contains($0.code) })
    }
}

/// The stages a build announced as they began, in order.
private final class AnnouncedStages: @unchecked Sendable {
    private let lock = NSLock()
    private var announced: [BuildStage] = []

    var stages: [BuildStage] { lock.withLock { announced } }

    func add(_ stage: BuildStage) {
        lock.withLock { announced.append(stage) }
    }
}

/// A site built once without search, then rebuilt (clean) with a fake indexer: a shell script.
private struct IndexedRebuild {
    let folder: URL
    let scratch: URL
    let output: URL
    let home: Data
    let builder: SiteBuilder

    /// Builds the single-pages fixture into a new scratch folder named after `name`, and makes
    /// the builder for the rebuild, whose indexer runs `script` with `environment` added.
    init(_ name: String, script: String, environment: [String: String] = [:]) async throws {
        folder = try SinglePagesFixture.write()
        scratch = try SiteTestPaths.temporaryFolder(name)
        output = scratch.appendingPathComponent("site")
        var builder = SiteBuilder(sourceFolder: folder.path, templatesFolder: SiteTestPaths.templates)
        _ = try await builder.build(outputFolder: output.path)
        home = try Data(contentsOf: output.appendingPathComponent("index.html"))
        let indexer = scratch.appendingPathComponent("pagefind.sh").path
        try Data("#!/bin/sh\n\(script)\n".utf8).write(to: URL(fileURLWithPath: indexer))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: indexer)
        builder.searchIndexer = PagefindRunner(
            environment: environment.merging(["DOSSIER_PAGEFIND": indexer]) { $1 }, workingDirectory: "/")
        builder.clean = true
        self.builder = builder
    }

    /// Runs the rebuild.
    func run() async throws -> BuildReport {
        try await builder.build(outputFolder: output.path)
    }

    /// Whether the output's home page is still the first build's.
    func homeIsUnchanged() throws -> Bool {
        try Data(contentsOf: output.appendingPathComponent("index.html")) == home
    }

    /// Removes the fixture and the scratch folder.
    func remove() {
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.removeItem(at: scratch)
    }
}
