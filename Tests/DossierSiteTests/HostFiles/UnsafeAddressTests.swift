import DossierModel
import DossierRenderer
import Foundation
import Testing

@testable import DossierAnalysis
@testable import DossierSite

/// A `javascript:` address that got past the loader still reaches no file of the site: not
/// the pages, `dossier.json`, the annotations, `feed.xml`, the sitemap, `og:url` or `robots.txt`.
struct UnsafeAddressTests {
    @Test(arguments: ["javascript:alert(1)//", "httpjavascript:alert(1)", "data:text/html,x", "https:alert(1)"])
    func noUnsafeAddressReachesAnyFile(address: String) async throws {
        var dossier = hostDossier(baseURL: address)
        dossier.articles[0].url = address
        dossier.outlets[0].url = address
        let templates = try await TemplateSet.load(directory: SiteTestPaths.templates)
        let site = try await SiteBuilder.render(dossier: dossier, sourceFolder: "/no/such/source", templates: templates)
        let texts = site.files.compactMap { file in file.text.map { (file.path, $0) } }
        for path in ["data/dossier.json", "feed.xml", "robots.txt", "index.html", "articles/dam-a/index.html"] {
            #expect(texts.contains { $0.0 == path }, "\(path) was not rendered")
        }
        for (path, text) in texts {
            #expect(!text.contains(address), "\(path) contains \(address)")
        }
        #expect(!texts.contains { $0.0 == "sitemap.xml" })
    }

    @Test func webAddressesStillReachTheirFiles() async throws {
        var dossier = hostDossier(baseURL: "https://example.org/dam/")
        dossier.articles[0].url = "https://news.example.org/dam-a"
        let templates = try await TemplateSet.load(directory: SiteTestPaths.templates)
        let site = try await SiteBuilder.render(dossier: dossier, sourceFolder: "/no/such/source", templates: templates)
        let text = { (path: String) in site.files.first { $0.path == path }?.text ?? "" }
        #expect(text("robots.txt").contains("Sitemap: https://example.org/dam/sitemap.xml"))
        #expect(text("feed.xml").contains("https://example.org/dam/articles/dam-a/"))
        #expect(text("data/dossier.json").contains("https://news.example.org/dam-a"))
        #expect(text("articles/dam-a/index.html").contains("href=\"https://news.example.org/dam-a\""))
        #expect(text("articles/dam-a/index.html").contains("og:url"))
    }
}
