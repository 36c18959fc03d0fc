import DossierModel
import Foundation
import Testing

@testable import DossierAnalysis
@testable import DossierSite

/// Timeline, search, comparison, charts and host files, on a fixture of another story and on the seeds.
@Suite("Timeline, search, comparison and 404 pages")
struct SinglePagesTests {
    private func render(_ source: String) async throws -> [String: String] {
        let site = try await SiteBuilder(sourceFolder: source, templatesFolder: SiteTestPaths.templates).renderSite()
        #expect(!site.diagnostics.hasErrors, "\(site.diagnostics.map(\.description).joined(separator: "\n"))")
        return Dictionary(
            site.files.compactMap { file in file.text.map { (file.path, $0) } }, uniquingKeysWith: { first, _ in first }
        )
    }

    @Test func timelineGroupsEventsAndPublicationsByYearAndLinksPassages() async throws {
        let folder = try SinglePagesFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try await render(folder.path)
        // The index links each year's page; the chart's columns link there too.
        let index = try #require(files["timeline/index.html"])
        let y2023 = try #require(index.range(of: "href=\"2023/index.html\""))
        let y2024 = try #require(index.range(of: "href=\"2024/index.html\""))
        #expect(y2023.lowerBound < y2024.lowerBound)
        #expect(
            index.contains("<svg") && index.contains("role=\"figure\"")
                && index.contains("<title id=\"timeline-chart-title\">"))
        #expect(!index.contains("class=\"timeline-entry\""))
        // Each year's page holds its own entries only, and links the other years.
        let html = try #require(files["timeline/2023/index.html"])
        let later = try #require(files["timeline/2024/index.html"])
        #expect(html.contains("id=\"y-2023\"") && !html.contains("id=\"y-2024\"") && later.contains("id=\"y-2024\""))
        #expect(html.contains("href=\"../2024/index.html\"") && later.contains("href=\"../2023/index.html\""))
        // The collapse (2023-08-24) comes before alpha's publication (2023-08-25).
        let collapse = try #require(html.range(of: "انهيار سد أربعات</h3>"))
        let published = try #require(html.range(of: "data-kind=\"publication\""))
        #expect(collapse.lowerBound < published.lowerBound)
        // Both sources of the collapse link to their paragraphs; beta's meeting to paragraph 3.
        let both = html + later
        #expect(both.contains("href=\"../../articles/alpha/index.html#p-1\""))
        #expect(both.contains("href=\"../../articles/beta/index.html#p-1\""))
        #expect(both.contains("href=\"../../articles/beta/index.html#p-3\""))
        // The actor's own page lists its events through the partial.
        let actor = try #require(files["actors/hassan-altaher/index.html"])
        #expect(actor.contains("class=\"timeline-section\"") && actor.contains("الطاهر يلتقي الوفد الحكومي"))
        #expect(!(files["actors/donald-trump/index.html"] ?? "").contains("class=\"timeline-section\""))
    }

    /// An actor's page shows its latest 30 events and its first 30 notes, each with a line
    /// before the link to the whole list: a page does not grow with the dossier's commentary.
    @Test func anActorsPageShowsItsLatestEventsAndFirstNotesOnly() async throws {
        let folder = try SinglePagesFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        var timeline = "events:\n"
        for day in 1...35 {
            // Days 1 to 35 of 2022: event n falls on day n, so the latest 30 are 6 to 35.
            timeline += "  - date: \"2022-0\(1 + (day - 1) / 28)-\(String(format: "%02d", (day - 1) % 28 + 1))\"\n"
            timeline += "    title: حدث رقم \(day)\n    article: beta\n    quote: والتقى وحسن الطاهر بالوفد الحكومي\n"
            timeline += "    actors: [hassan-altaher]\n"
        }
        try timeline.write(to: folder.appendingPathComponent("timeline.yml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("notes"), withIntermediateDirectories: true)
        for number in 1...33 {
            let note =
                "---\narticle: beta\nquote: والتقى وحسن الطاهر بالوفد الحكومي\nactors: [hassan-altaher]\n---\nملاحظة رقم \(number).\n"
            try note.write(
                to: folder.appendingPathComponent("notes/n\(String(format: "%02d", number)).md"), atomically: true,
                encoding: .utf8)
        }
        let files = try await render(folder.path)
        let actor = try #require(files["actors/hassan-altaher/index.html"])
        #expect(actor.components(separatedBy: "data-kind=\"event\"").count - 1 == 30)
        #expect(actor.contains("تُعرض هنا 30 حدثًا من 35؛ كلها في <a href=\"../../timeline/index.html\">"))
        #expect(actor.contains("حدث رقم 6<") && actor.contains("حدث رقم 35<") && !actor.contains("حدث رقم 5<"))
        #expect(actor.components(separatedBy: "ملاحظة رقم ").count - 1 == 30)
        #expect(actor.contains("ملاحظة رقم 30.") && !actor.contains("ملاحظة رقم 31."))
        #expect(actor.contains("تُعرض هنا 30 ملاحظةً من 33؛ كلها في <a href=\"../../notes/index.html\">"))
        // The whole timeline and notes list keep every one.
        let year = try #require(files["timeline/2022/index.html"])
        #expect(year.contains("حدث رقم 5<"))
    }

    @Test func paraphrasedClaimIsComparedAcrossOutlets() async throws {
        let folder = try SinglePagesFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try await render(folder.path)
        let alpha = try #require(files["articles/alpha/index.html"])
        #expect(alpha.contains("class=\"also-reported\""))
        #expect(alpha.contains("href=\"../beta/index.html#p-1\""))
        // Only the shared paragraph has the box: the fuel-price paragraph matches nothing.
        #expect(alpha.components(separatedBy: "class=\"also-reported\"").count == 2)
        let compare = try #require(files["compare/index.html"])
        #expect(compare.contains("<table class=\"comparison\">"))
        #expect(
            compare.contains("href=\"../articles/alpha/index.html#p-1\"")
                && compare.contains("href=\"../articles/beta/index.html#p-1\""))
        #expect(compare.contains("id=\"mentions-chart-title\""))
        #expect(files["index.html"]?.contains("compare/index.html") == true)
    }

    @Test func alsoReportedListsAtMostThreeMatchesPerParagraphAndCountsThemAll() async throws {
        let folder = try SinglePagesFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Seven more outlets carry alpha's shared sentence: the list under it stops at three.
        for number in 1...7 {
            let text =
                "خبر رقم \(number)\n\nأغرق انهيار سد أربعات شمال بورتسودان عشرين قرية وشرد آلاف الأسر، بحسب السلطات المحلية.\n"
            try text.write(
                to: folder.appendingPathComponent("articles/copy\(number).txt"), atomically: true, encoding: .utf8)
        }
        let files = try await render(folder.path)
        let alpha = try #require(files["articles/alpha/index.html"])
        let box = try #require(alpha.components(separatedBy: "class=\"also-reported\"").dropFirst().first)
        let list = try #require(box.components(separatedBy: "</div>").first)
        #expect(list.components(separatedBy: "<a href=").count - 1 == 3)
        // The marker counts all eight, and the list says how many it leaves out.
        #expect(list.contains("<span class=\"also-count\">8</span>"))
        #expect(list.contains("<li class=\"also-more\">و5 فقرات أخرى</li>"))
    }

    @Test func contentPagesCarrySearchDataAndChromeDoesNot() async throws {
        let folder = try SinglePagesFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try await render(folder.path)
        let beta = try #require(files["articles/beta/index.html"])
        #expect(beta.contains("<main id=\"main\" data-pagefind-body>"))
        // «وحسن الطاهر» on the page: the bare name and the canonical name are searchable.
        #expect(beta.contains("<span data-pagefind-filter=\"actor\">حسن الطاهر</span>"))
        #expect(beta.contains("<span data-pagefind-filter=\"outlet\">"))
        let alpha = try #require(files["articles/alpha/index.html"])
        let terms = try #require(alpha.components(separatedBy: "data-pagefind-meta=\"terms\">").dropFirst().first)
        #expect(terms.contains("ترمب"))  // an alias the article never writes
        for page in ["index.html", "timeline/index.html", "search/index.html", "compare/index.html", "404.html"] {
            #expect(files[page]?.contains("data-pagefind-body") == false, "\(page)")
        }
        let search = try #require(files["search/index.html"])
        for id in ["search-form", "search-input", "search-suggest", "search-facets", "search-status", "search-results"]
        {
            #expect(search.contains("id=\"\(id)\""), "\(id)")
        }
        #expect(search.contains("<script type=\"module\" src=\"../assets/search.js\"></script>"))
        // The filters' box is filled by the script once the index is in: hidden until then, a
        // page read without JavaScript shows no empty box beside its notice.
        #expect(search.contains("<details id=\"search-filters\" class=\"search-filters\" open hidden>"))
        // The search landmark is a role, not the `<search>` element, which older browsers and
        // HTML checkers (tidy 5.6) do not know.
        #expect(search.contains("<div class=\"search\" role=\"search\">"))
        #expect(!search.contains("<search"))
        // Rendered without an indexer: the page does not look for an index (the browser tests
        // build with Pagefind, and search through the page that does).
        #expect(search.contains("data-indexed=\"no\""))
        // An index of one part (or none) has no parts to merge.
        #expect(!search.contains("data-index-parts"))
        let aliases = try #require(files["search/aliases.json"])
        #expect(aliases.contains("\"ترمب\":[{\"id\":\"donald-trump\""))
    }

    @Test func hostFilesAndHeadsWithoutBaseURL() async throws {
        let folder = try SinglePagesFixture.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try await render(folder.path)
        #expect(files["sitemap.xml"] == nil)
        #expect(files["robots.txt"] == "User-agent: *\nAllow: /\n")
        let feed = try #require(files["feed.xml"])
        #expect(
            feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
                && feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"articles/beta/index.html\"/>"))
        #expect(files["404.html"]?.contains("الصفحة غير موجودة") == true)
        #expect(files["404.html"]?.contains("<base href=\"/\">") == true)
        for (path, html) in files where path.hasSuffix(".html") {
            #expect(html.contains("<meta property=\"og:title\""), "\(path)")
            #expect(html.contains("type=\"application/atom+xml\""), "\(path)")
            #expect(!html.contains("og:url"), "\(path)")
        }
        #expect(
            files["articles/alpha/index.html"]?.contains(
                "<meta property=\"article:published_time\" content=\"2023-08-25\">") == true)
        #expect(files["articles/alpha/index.html"]?.contains("href=\"../../feed.xml\"") == true)
    }

    @Test func baseURLAddsSitemapAbsoluteOpenGraphAndBaseOn404() async throws {
        let folder = try SinglePagesFixture.write(baseURL: "https://example.org/dam/")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try await render(folder.path)
        let sitemap = try #require(files["sitemap.xml"])
        #expect(sitemap.contains("<loc>https://example.org/dam/articles/alpha/</loc><lastmod>2023-08-25</lastmod>"))
        #expect(!sitemap.contains("404"))
        #expect(files["robots.txt"]?.contains("Sitemap: https://example.org/dam/sitemap.xml") == true)
        #expect(
            files["timeline/index.html"]?.contains(
                "<meta property=\"og:url\" content=\"https://example.org/dam/timeline/\">") == true)
        #expect(files["404.html"]?.contains("<base href=\"https://example.org/dam/\">") == true)
    }

    /// The index pages phrase each count as Arabic does («إشارتان», «9 إشارات», «113 إشارةً»,
    /// «10 مرات», «مقال واحد»), not a number before one fixed noun («2 ذكر», «1 مقال»).
    @Test func indexCountsAgreeWithTheirNumber() async throws {
        let files = try await render(SiteTestPaths.seeds)
        let actors = try #require(files["actors/index.html"])
        for phrase in ["113 إشارةً", "إشارتان", "9 إشارات"] {
            #expect(actors.contains("<span class=\"count\">\(phrase)</span>"), "\(phrase)")
        }
        #expect(files["topics/index.html"]?.contains("<span class=\"count\">10 مرات</span>") == true)
        #expect(files["outlets/index.html"]?.contains("<span class=\"count\">مقال واحد</span>") == true)
        for page in ["actors/index.html", "topics/index.html", "outlets/index.html"] {
            #expect(files[page]?.contains(" ذكر</span>") == false && files[page]?.contains(" مرة</span>") == false)
        }
    }

    @Test func seedChartsArePlaced() async throws {
        let files = try await render(SiteTestPaths.seeds)
        #expect(files["actors/index.html"]?.contains("id=\"network-chart-title\"") == true)
        #expect(files["compare/index.html"]?.contains("id=\"mentions-chart-title\"") == true)
        #expect(files["timeline/index.html"]?.contains("id=\"timeline-chart-title\"") == true)
        // Two seed articles have no known outlet: their mentions count under «unknown».
        let compare = try #require(files["compare/index.html"])
        #expect(compare.contains(">منفذ غير معروف</text>"), "the chart has no «unknown» series")
        #expect(compare.contains("<figcaption class=\"chart-title\">"))
        let putin = try #require(files["actors/vladimir-putin/index.html"])
        #expect(putin.contains("class=\"timeline-section\""))
    }
}
