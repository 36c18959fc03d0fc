import DossierOutput
import DossierSite
import Foundation
import Testing

/// The writer: atomic swap, deterministic output, refusal to touch what it must not.
struct SiteWriterTests {
    private func build(_ source: String, into output: URL) async throws -> BuildReport {
        try await SiteBuilder(sourceFolder: source, templatesFolder: SiteTestPaths.templates)
            .build(outputFolder: output.path)
    }

    @Test func twoBuildsAreByteIdentical() async throws {
        let folder = try SiteTestPaths.temporaryFolder("twice")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("one")
        let second = folder.appendingPathComponent("two")
        #expect(try await build(SiteTestPaths.good, into: first).wroteOutput)
        #expect(try await build(SiteTestPaths.good, into: second).wroteOutput)
        let one = try SiteTestPaths.snapshot(of: first)
        #expect(one == (try SiteTestPaths.snapshot(of: second)))
        #expect(
            Set(one.keys).isSuperset(of: [
                "articles/alpha/index.html", "articles/alpha/original.txt",
                "articles/beta/index.html", "articles/beta/original.txt", "index.html",
                "data/dossier.json", "data/annotations.jsonld", "notes/index.html", "actors/index.html",
            ]))
        let style = try Data(contentsOf: URL(fileURLWithPath: SiteTestPaths.templates + "/assets/style.css"))
        #expect(one["assets/style.css"] == style)
        let original = try Data(contentsOf: URL(fileURLWithPath: SiteTestPaths.good + "/articles/alpha.txt"))
        #expect(one["articles/alpha/original.txt"] == original)
        // Rebuilding over an existing output replaces it with the same bytes and leaves no temporary folders.
        #expect(try await build(SiteTestPaths.good, into: first).wroteOutput)
        #expect(try SiteTestPaths.snapshot(of: first) == one)
        // Nothing sits beside the outputs but their lock files and the previous site the
        // rebuild swapped out (for the next build to remove): no staging folder, no cache.
        let beside = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(
            beside.filter { !$0.hasPrefix(".one.dossier-previous-") } == [
                ".one.dossier-lock", ".two.dossier-lock", "one", "two",
            ])
        #expect(beside.filter { $0.hasPrefix(".one.dossier-previous-") }.count <= 1)
    }

    @Test func failedBuildLeavesPreviousOutputUntouched() async throws {
        let folder = try SiteTestPaths.temporaryFolder("failed")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        #expect(try await build(SiteTestPaths.good, into: output).wroteOutput)
        let before = try SiteTestPaths.snapshot(of: output)

        let report = try await build(SiteTestPaths.broken, into: output)
        #expect(report.failed)
        #expect(!report.wroteOutput)
        #expect(report.diagnostics.contains { $0.code == .xrefUnresolved })
        #expect(try SiteTestPaths.snapshot(of: output) == before)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                ".public.dossier-lock", "public",
            ])
    }

    @Test func strictBuildFailsOnWarnings() async throws {
        let folder = try SiteTestPaths.temporaryFolder("strict")
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try await SiteBuilder(
            sourceFolder: SiteTestPaths.good, templatesFolder: SiteTestPaths.templates, strict: true
        ).build(outputFolder: folder.appendingPathComponent("public").path)
        // The fixture's index.md holds raw HTML, a warning.
        #expect(report.diagnostics.contains { $0.code == .markdownRawHTML && $0.severity == .warning })
        #expect(report.failed)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("public").path))
    }

    @Test func refusesToBuildIntoTheSourceTheTemplatesOrAForeignFolder() async throws {
        let folder = try SiteTestPaths.temporaryFolder("refuse")
        defer { try? FileManager.default.removeItem(at: folder) }
        let foreign = folder.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: foreign.appendingPathComponent("notes.txt"))
        await #expect(throws: OutputError.self) { _ = try await build(SiteTestPaths.good, into: foreign) }
        #expect(try SiteTestPaths.snapshot(of: foreign) == ["notes.txt": Data("keep".utf8)])

        for output in [SiteTestPaths.good + "/public", SiteTestPaths.fixtures.path, SiteTestPaths.templates + "/site"] {
            await #expect(throws: OutputError.self, "\(output)") {
                _ = try await build(SiteTestPaths.good, into: URL(fileURLWithPath: output))
            }
        }
        #expect(!FileManager.default.fileExists(atPath: SiteTestPaths.good + "/public"))
        #expect(!FileManager.default.fileExists(atPath: SiteTestPaths.templates + "/site"))
    }

    @Test func failedWriteLeavesPreviousOutputAndNoTemporaryFolder() async throws {
        let folder = try SiteTestPaths.temporaryFolder("copyfail")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let writer = { SiteWriter(output: try OutputFolder(path: output.path, protecting: [])) }
        _ = try writer().write([RenderedFile(path: "index.html", content: .bytes(Array("old".utf8)))])
        let before = try SiteTestPaths.snapshot(of: output)
        #expect(throws: (any Error).self) {
            try writer().write([
                RenderedFile(path: "index.html", content: .bytes(Array("new".utf8))),
                RenderedFile(path: "a/original.txt", content: .copy(from: folder.path + "/missing.txt")),
            ])
        }
        #expect(try SiteTestPaths.snapshot(of: output) == before)
        #expect(before["index.html"] == Data("old".utf8))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                ".public.dossier-lock", "public",
            ])
    }
}
