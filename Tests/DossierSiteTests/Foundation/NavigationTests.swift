import DossierRenderer
import Foundation
import Testing

@testable import DossierSite

/// The site's menu marks where the reader is: the page itself (`aria-current="page"`), or the
/// list the page is one of (an article's page under the articles, `aria-current="true"`).
struct NavigationTests {
    @Test func aPageOfAListMarksItsListsEntry() async throws {
        let site = try await SiteBuilder(sourceFolder: SiteTestPaths.seeds, templatesFolder: SiteTestPaths.templates)
            .renderSite()
        let probe = SiteProbe(site)
        let strings = UIStrings.arabic
        let cases: [(page: String, entry: String)] = [
            ("articles/000_7873ae83e845ea75/index.html", strings.articles),
            ("actors/elon-musk/index.html", strings.actors),
            ("outlets/voa/index.html", strings.outlets),
        ]
        for (page, entry) in cases {
            let html = try #require(probe.files[page], "\(page)")
            #expect(html.contains("aria-current=\"true\">\(entry)</a>"), "\(page)")
            #expect(!html.contains("aria-current=\"page\""), "\(page)")
        }
        let index = try #require(probe.files["articles/index.html"])
        #expect(index.contains("aria-current=\"page\">\(strings.articles)</a>"))
        #expect(!index.contains("aria-current=\"true\""))
    }
}
