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

    @Test func missingIndexerWarnsAndStillWritesTheSite() async throws {
        let folder = try SinglePagesFixture.write()
        let output = try SiteTestPaths.temporaryFolder("no-indexer").appendingPathComponent("site")
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: output.deletingLastPathComponent())
        }
        var builder = SiteBuilder(sourceFolder: folder.path, templatesFolder: SiteTestPaths.templates)
        builder.searchIndexer = missing
        let report = try await builder.build(outputFolder: output.path)
        let warning = try #require(report.diagnostics.first { $0.code == .searchIndexerMissing })
        #expect(warning.severity == .warning)
        #expect(report.wroteOutput && !report.failed)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("search/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("pagefind").path))
    }

    @Test func missingIndexerFailsUnderStrict() async throws {
        let folder = try SinglePagesFixture.write()
        let output = try SiteTestPaths.temporaryFolder("no-indexer-strict").appendingPathComponent("site")
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: output.deletingLastPathComponent())
        }
        var builder = SiteBuilder(sourceFolder: folder.path, templatesFolder: SiteTestPaths.templates, strict: true)
        builder.searchIndexer = missing
        let report = try await builder.build(outputFolder: output.path)
        #expect(report.failed && !report.wroteOutput)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    /// An indexer that fails, or exits without writing an index, fails the build: the site
    /// already there is left as it was (its search page would otherwise say search works).
    @Test(arguments: ["echo boom >&2; exit 3", "exit 0"])
    func failingIndexerLeavesTheSiteAsItWas(_ script: String) async throws {
        let folder = try SinglePagesFixture.write()
        let scratch = try SiteTestPaths.temporaryFolder("failing-indexer")
        let output = scratch.appendingPathComponent("site")
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: scratch)
        }
        var builder = SiteBuilder(sourceFolder: folder.path, templatesFolder: SiteTestPaths.templates)
        _ = try await builder.build(outputFolder: output.path)
        let home = try Data(contentsOf: output.appendingPathComponent("index.html"))
        let indexer = scratch.appendingPathComponent("pagefind.sh").path
        try Data("#!/bin/sh\n\(script)\n".utf8).write(to: URL(fileURLWithPath: indexer))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: indexer)
        builder.searchIndexer = PagefindRunner(environment: ["DOSSIER_PAGEFIND": indexer], workingDirectory: "/")
        builder.clean = true
        await #expect {
            _ = try await builder.build(outputFolder: output.path)
        } throws: { error in
            "\(error)".contains("[search-indexer-failed]") && "\(error)".contains("the site was left as it was")
        }
        #expect(try Data(contentsOf: output.appendingPathComponent("index.html")) == home)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("pagefind").path))
    }

    @Test func noIndexerConfiguredMeansNoSearchWarning() async throws {
        let folder = try SinglePagesFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try await SiteBuilder(sourceFolder: folder.path, templatesFolder: SiteTestPaths.templates).check()
        #expect(!report.diagnostics.contains { [.searchIndexerMissing, .searchIndexerFailed].contains($0.code) })
    }
}
