import DossierModel
import DossierSite
import Foundation
import Testing

/// `index.md`'s `title:` is the overview's heading on the home page (`dossier init` writes
/// one); without it the heading is «نظرة عامة», and a key `index.md` does not take is named.
struct OverviewTitleTests {
    private func home(indexMarkdown: String) async throws -> (html: String, diagnostics: [Diagnostic]) {
        let folder = try SiteTestPaths.temporaryFolder("overview-title")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "title: ملف الانتخابات\n".write(
            to: folder.appendingPathComponent("dossier.yml"), atomically: true, encoding: .utf8)
        try indexMarkdown.write(to: folder.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
        let site = try await SiteBuilder(sourceFolder: folder.path, templatesFolder: SiteTestPaths.templates)
            .renderSite()
        let html = try #require(site.files.first { $0.path == "index.html" }?.text)
        return (html, site.diagnostics)
    }

    @Test func theTitleIsTheOverviewsHeading() async throws {
        let (html, diagnostics) = try await home(indexMarkdown: "---\ntitle: جلسة 9 كانون الثاني\n---\nمقدمة الملف.\n")
        #expect(html.contains(#"<h2 id="overview-title">جلسة 9 كانون الثاني</h2>"#), "\(html)")
        #expect(!diagnostics.contains { $0.code == .unknownKey })
    }

    @Test func withoutATitleTheHeadingIsOverview() async throws {
        let (html, _) = try await home(indexMarkdown: "مقدمة الملف.\n")
        #expect(html.contains(#"<h2 id="overview-title">نظرة عامة</h2>"#), "\(html)")
    }

    @Test func aKeyIndexDoesNotTakeIsNamed() async throws {
        let (_, diagnostics) = try await home(indexMarkdown: "---\ntitel: مقدمة\n---\nمقدمة الملف.\n")
        let unknown = try #require(diagnostics.first { $0.code == .unknownKey })
        #expect(unknown.location?.path.hasSuffix("index.md") == true)
        #expect(unknown.message.contains("`titel`"))
        #expect(unknown.severity == .warning)
    }
}
