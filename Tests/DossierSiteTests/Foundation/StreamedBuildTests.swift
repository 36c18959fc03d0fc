import DossierLoader
import DossierOutput
import DossierRenderer
import Foundation
import Testing

@testable import DossierAnalysis
@testable import DossierSite

/// A build writes each page into the staging folder as it is rendered and keeps none of their
/// bytes; the output changes only at the swap, and a build that fails after its pages were
/// staged leaves the output as it was.
struct StreamedBuildTests {
    @Test func pagesAreStagedAsTheyAreRenderedWithTheBytesOfAnInMemoryRender() async throws {
        let folder = try SiteTestPaths.temporaryFolder("streamed")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        // An older site of other pages in the output.
        _ = try SiteWriter(output: try OutputFolder(path: output.path, protecting: [])).write([
            RenderedFile(path: "index.html", content: .bytes(Array("old".utf8)))
        ])
        let before = try SiteTestPaths.snapshot(of: output)

        let (plan, index, renderer, inMemory) = try await Self.goodFixtureInMemory()

        let staging = try SiteWriter(output: try OutputFolder(path: output.path, protecting: [])).stage()
        let outlet = FileOutlet(staging: staging, checker: LinkChecker())
        let streamed = try await renderer.render(
            plan: plan, index: index, reuse: nil, outlet: outlet)
        // No file's bytes are held: every one is in the staging folder beside the output...
        #expect(streamed.files.isEmpty)
        #expect(streamed.handed.count == inMemory.files.count)
        #expect(inMemory.files.contains { $0.path == "articles/alpha/index.html" })
        for (handed, file) in zip(streamed.handed, inMemory.files) {
            let staged = try #require(handed.staged)
            #expect(staged.path == file.path)
            #expect(staged.location == staging.folder.path + "/" + file.path)
            #expect(try Data(contentsOf: URL(fileURLWithPath: staged.location)) == bytes(of: file))
            #expect(handed.kept == nil)
            #expect((handed.scanned != nil) == file.path.hasSuffix(".html"))
        }
        // ...and the output is still the old site.
        #expect(try SiteTestPaths.snapshot(of: output) == before)

        _ = try staging.finish(streamed.handed.compactMap(\.staged), index: { _ in })
        var after = try SiteTestPaths.snapshot(of: output)
        after[OutputManifest.fileName] = nil
        #expect(after == Dictionary(uniqueKeysWithValues: try inMemory.files.map { ($0.path, try bytes(of: $0)) }))
        let beside = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(beside.filter { !$0.hasPrefix(".public.dossier-previous-") } == [".public.dossier-lock", "public"])
        #expect(beside.filter { $0.hasPrefix(".public.dossier-previous-") }.count == 1, "the old site, set aside")
    }

    @Test func aBrokenLinkFoundAfterThePagesWereStagedLeavesTheOutputAsItWas() async throws {
        let folder = try SiteTestPaths.temporaryFolder("streamed-broken")
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(atPath: SiteTestPaths.templates, toPath: templates.path)
        let output = folder.appendingPathComponent("public")
        let builder = SiteBuilder(sourceFolder: SiteTestPaths.good, templatesFolder: templates.path)
        #expect(try await builder.build(outputFolder: output.path).wroteOutput)
        try Data("user file\n".utf8).write(to: output.appendingPathComponent("CNAME"))
        let before = try SiteTestPaths.snapshot(of: output)

        // Every page renders without a problem (all anew: the templates changed); only the link
        // check, once they are all staged, finds the home page's link to a page the site lacks.
        let home = templates.appendingPathComponent("home.mustache")
        let text = try String(contentsOf: home, encoding: .utf8)
        try ("<a href=\"missing/index.html\">x</a>\n" + text).write(to: home, atomically: true, encoding: .utf8)
        let report = try await builder.build(outputFolder: output.path)
        #expect(report.failed)
        #expect(!report.wroteOutput)
        let broken = report.diagnostics.filter { $0.severity == .error }
        #expect(broken.map(\.code) == [.brokenLink])
        #expect(broken.map { $0.location?.path } == ["<site>/index.html"])
        // Reported at its line, read back from the staged page.
        #expect((broken.first?.location?.line ?? 0) > 1)
        #expect(try SiteTestPaths.snapshot(of: output) == before)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                ".public.dossier-lock", "public", "templates",
            ])
        // `check`, which lets the pages go and makes the home page again to place the link,
        // finds the same problem at the same line.
        let checked = try await builder.check()
        #expect(checked.diagnostics.filter { $0.code == .brokenLink } == broken)
    }

    @Test func aCheckLetsGoOfEachPageAndMakesItAgainWhenItsTextIsNeeded() async throws {
        let (plan, index, renderer, inMemory) = try await Self.goodFixtureInMemory()

        let outlet = FileOutlet(destination: .nowhere, checker: LinkChecker())
        let letGo = try await renderer.render(plan: plan, index: index, reuse: nil, outlet: outlet)
        #expect(letGo.handed.count == inMemory.files.count)
        #expect(letGo.handed.allSatisfy { $0.kept == nil && $0.staged == nil })
        var pages = 0
        for (handed, file) in zip(letGo.handed, inMemory.files) {
            #expect(handed.path == file.path)
            guard let scanned = handed.scanned else { continue }
            #expect(scanned.html() == file.text, "\(file.path) made again")
            pages += 1
        }
        #expect(pages > 10)

        let builder = SiteBuilder(sourceFolder: SiteTestPaths.good, templatesFolder: SiteTestPaths.templates)
        let kept = try await builder.renderSite()
        let site = try await builder.renderSite(keepingFiles: false)
        #expect(site.files.isEmpty)
        #expect(site.fileCount == kept.files.count)
        #expect(site.diagnostics == kept.diagnostics)
    }

    /// The good fixture planned and rendered in memory, with what rendered it.
    private static func goodFixtureInMemory() async throws -> (
        plan: SitePlan, index: SiteIndex, renderer: SiteRenderer, inMemory: RenderedPages
    ) {
        let templates = try await TemplateSet.load(directory: SiteTestPaths.templates)
        let loaded = try DossierLoader.load(sourceFolder: SiteTestPaths.good)
        let (analysis, _) = DossierAnalyzer.analyze(loaded.dossier)
        let index = SiteIndex(analysis: analysis)
        let (plan, _) = SitePlanner.plan(index: index, sourceFolder: SiteTestPaths.good, assets: templates.assets)
        let renderer = SiteRenderer(templates: templates)
        return (plan, index, renderer, try await renderer.render(plan: plan, index: index))
    }

    private func bytes(of file: RenderedFile) throws -> Data {
        switch file.content {
        case .bytes(let bytes): return Data(bytes)
        case .copy(let source): return try Data(contentsOf: URL(fileURLWithPath: source))
        case .unchanged(_, let previous): return try Data(contentsOf: URL(fileURLWithPath: previous))
        }
    }
}
