import DossierSite
import Foundation
import Testing

/// Builds the real seeds to disk and checks every internal link and fragment of the written site.
struct SeedsEndToEndTests {
    @Test func seedsBuildAndEveryInternalLinkResolves() async throws {
        let folder = try SiteTestPaths.temporaryFolder("seeds")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let report = try await SiteBuilder(sourceFolder: SiteTestPaths.seeds, templatesFolder: SiteTestPaths.templates)
            .build(outputFolder: output.path)
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.map(\.description).joined(separator: "\n"))")
        try #require(report.wroteOutput)

        let written = try SiteTestPaths.snapshot(of: output)
        let problems = SiteTestPaths.linkProblems(written, output: output)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")

        let articles = try FileManager.default.contentsOfDirectory(atPath: SiteTestPaths.seeds + "/articles")
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
        #expect(!articles.isEmpty)
        for name in articles {
            let id = String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)])
            let original = try Data(contentsOf: URL(fileURLWithPath: SiteTestPaths.seeds + "/articles/" + name))
            #expect(written["articles/\(id)/original.txt"] == original, "original of \(id)")
            #expect(written["articles/\(id)/index.html"] != nil, "page of \(id)")
        }
        let pages = written.keys.filter { $0.hasSuffix(".html") }
        #expect(pages.count == report.pageCount)
        for page in pages {
            let html = String(decoding: written[page] ?? Data(), as: UTF8.self)
            #expect(html.hasPrefix("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">"), "\(page)")
        }
    }
}
