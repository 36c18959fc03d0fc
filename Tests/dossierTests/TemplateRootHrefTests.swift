import Foundation
import Testing

/// A template links a file it adds through `{{rootHref}}`, the site's root relative to the
/// page: the link works from every page, and the link check finds nothing broken.
struct TemplateRootHrefTests {

    @Test func anAddedAssetIsLinkedFromEveryPage() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (templates, good) = try DossierBinary.templatesCopy(in: folder)
        try FileManager.default.createDirectory(
            at: templates.appendingPathComponent("img"), withIntermediateDirectories: true)
        try Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8).write(
            to: templates.appendingPathComponent("img/logo.svg"))
        let base = templates.appendingPathComponent("base.mustache")
        let text = try String(contentsOf: base, encoding: .utf8)
        let header = "<header class=\"site-header\">"
        try #require(text.contains(header))
        try text.replacingOccurrences(of: header, with: header + "\n<img src=\"{{rootHref}}img/logo.svg\" alt=\"\">")
            .write(to: base, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("public")
        let result = try DossierBinary.run([
            "build", "--source", good, "--output", output.path, "--templates", templates.path, "--no-search",
        ])
        #expect(result.status == 0 && !result.stderr.contains("error:"), "\(result.stderr)")
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("<img src=\"img/logo.svg\""))
        let articles = try FileManager.default.contentsOfDirectory(
            atPath: output.appendingPathComponent("articles").path)
        let article = try #require(articles.first { !$0.hasSuffix(".html") && $0 != "page" })
        let page = try String(
            contentsOf: output.appendingPathComponent("articles/\(article)/index.html"), encoding: .utf8)
        #expect(page.contains("<img src=\"../../img/logo.svg\""))
    }
}
