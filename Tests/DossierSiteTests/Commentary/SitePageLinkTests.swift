import DossierModel
import DossierSite
import Foundation
import Testing

/// `page:` cross-references: editors' Markdown links to the site's own pages (the timeline, the
/// coverage comparison, the notes list…), from pages at any depth.
@Suite struct SitePageLinkTests {
    /// A copy of the `another-story` fixture with `lines` appended to each file named.
    private func source(appending lines: [String: String]) throws -> (folder: URL, source: String) {
        let folder = try SiteTestPaths.temporaryFolder("page-links")
        let source = folder.appendingPathComponent("source")
        let fixture = SiteTestPaths.fixtures.appendingPathComponent("another-story")
        try FileManager.default.copyItem(at: fixture, to: source)
        for (file, text) in lines {
            let url = source.appendingPathComponent(file)
            try (Data(contentsOf: url) + Data(("\n" + text + "\n").utf8)).write(to: url)
        }
        return (folder, source.path)
    }

    private func builder(_ source: String) -> SiteBuilder {
        SiteBuilder(sourceFolder: source, templatesFolder: SiteTestPaths.templates)
    }

    @Test func linksToTheSitesPagesResolveFromEveryDepth() async throws {
        let (folder, source) = try source(appending: [
            "index.md": "للتسلسل انظر [الخط الزمني](page:timeline) و[مقارنة التغطية](page:compare).",
            "actors/muqtada-sadr.md":
                "وتجمع [قائمة الملاحظات](page:notes) ما كُتب عنه، و[البحث](page:search) يجد الباقي.",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site")
        let report = try await builder(source).build(outputFolder: output.path)
        #expect(report.wroteOutput)
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics)")
        let site = try SiteTestPaths.snapshot(of: output)
        let home = String(decoding: try #require(site["index.html"]), as: UTF8.self)
        #expect(home.contains(#"<a href="timeline/index.html">الخط الزمني</a>"#))
        #expect(home.contains(#"<a href="compare/index.html">مقارنة التغطية</a>"#))
        let actor = String(decoding: try #require(site["actors/muqtada-sadr/index.html"]), as: UTF8.self)
        #expect(actor.contains(#"<a href="../../notes/index.html">قائمة الملاحظات</a>"#))
        #expect(actor.contains(#"<a href="../../search/index.html">البحث</a>"#))
        #expect(SiteTestPaths.linkProblems(site, output: output).isEmpty)
    }

    @Test func anUnknownPageIsAnErrorThatNamesTheNearestOne() async throws {
        let (folder, source) = try source(appending: ["index.md": "انظر [الخط الزمني](page:timelines)."])
        defer { try? FileManager.default.removeItem(at: folder) }
        let errors = try await builder(source).check().diagnostics.filter { $0.severity == .error }
        let error = try #require(errors.first)
        #expect(errors.count == 1, "\(errors)")
        #expect(error.code == .xrefUnresolved)
        #expect(error.location?.path.hasSuffix("index.md") == true)
        #expect(error.message.contains("page «timelines»"), "\(error.message)")
        #expect(error.fix?.hasPrefix("Did you mean `page:timeline`?") == true, "\(error.fix ?? "")")
    }

    /// The fragment is checked against the page the link names, as for an actor's or an article's.
    @Test func aFragmentThePageLacksIsAnErrorAtTheLinksLine() async throws {
        let (folder, source) = try source(appending: ["index.md": "انظر [الأحداث](page:timeline#no-such-year)."])
        defer { try? FileManager.default.removeItem(at: folder) }
        let errors = try await builder(source).check().diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.xrefFragmentUnknown], "\(errors)")
        #expect(errors.first?.location?.path.hasSuffix("index.md") == true)
    }
}
