import DossierOutput
import Foundation
import Testing

@testable import DossierSite

/// End to end: the seeds and a fixture are built with the search index, served on 127.0.0.1,
/// and headless Chromium types the required queries into the search page and opens the
/// timeline. Missing Chromium or Pagefind fails the test with what to install.
@Suite("Browser", .serialized)
struct SearchBrowserTests {
    /// Pagefind as `make test` installs it, else however `PagefindRunner` finds it.
    static var indexer: PagefindRunner {
        var environment = ProcessInfo.processInfo.environment
        let bundled = SiteTestPaths.root.appendingPathComponent(".tools/bin/pagefind").path
        if environment["DOSSIER_PAGEFIND"] == nil, FileManager.default.isExecutableFile(atPath: bundled) {
            environment["DOSSIER_PAGEFIND"] = bundled
        }
        return PagefindRunner(environment: environment)
    }

    /// Whether Pagefind is found; records an issue saying what to install when it is not.
    static func indexerIsFound() -> Bool {
        guard (try? indexer.locate().get()) != nil else {
            Issue.record("Pagefind not found: run `scripts/install-deps.sh test` (or set DOSSIER_PAGEFIND)")
            return false
        }
        return true
    }

    /// Builds `source` with its search index, made in parts as `layout` says, into `output`.
    static func build(_ source: String, into output: URL, layout: SearchIndexLayout = SearchIndexLayout())
        async throws
    {
        var builder = SiteBuilder(sourceFolder: source, templatesFolder: SiteTestPaths.templates)
        builder.searchIndexer = Self.indexer
        builder.searchLayout = layout
        let report = try await builder.build(outputFolder: output.path)
        #expect(
            !report.diagnostics.contains { [.searchIndexerMissing, .searchIndexerFailed].contains($0.code) },
            "\(report.diagnostics)")
        try #require(report.wroteOutput)
        try #require(
            FileManager.default.fileExists(atPath: output.appendingPathComponent("pagefind/pagefind.js").path),
            "no search index: install Pagefind with `scripts/install-deps.sh test`")
    }

    /// The result links shown after typing `query`, once the status line has a count.
    private func search(_ browser: BrowserHarness, site: String, _ query: String) async throws -> [String] {
        try await browser.open(site + "/search/index.html")
        try await browser.type(query, into: "search-input")
        let status = try await browser.waitFor("return document.getElementById('search-status').textContent") { text in
            text.contains("نتيج") || text.contains("نتائج") || text.contains("غير متاح")
        }
        #expect(
            (status.contains("نتيج") || status.contains("نتائج")) && !status.hasPrefix("لا"),
            "«\(query)»: status «\(status)»")
        // Every result, not only the first batch: press "more" until it goes away.
        for _ in 0..<10 {
            let shown = try await browser.evaluate(
                "const b = document.getElementById('search-more'); if (b.hidden) return ''; const n = document.querySelectorAll('#search-results li').length; b.click(); return String(n)"
            )
            guard let before = Int(shown) else { break }
            _ = try await browser.waitFor("return String(document.querySelectorAll('#search-results li').length)") {
                (Int($0) ?? 0) > before
            }
        }
        let links = try await browser.evaluate(
            "return [...document.querySelectorAll('#search-results h2 a')].map(a => a.getAttribute('href')).join('\\n')"
        )
        return links.split(separator: "\n").map(String.init)
    }

    /// The seeds' index made in parts of one article each (the main part holds the
    /// commentary's pages): the search page merges them, and finds the same pages, with the same
    /// facet counts, as with one index.
    @Test func anIndexInPartsFindsWhatOneIndexFinds() async throws {
        guard Self.indexerIsFound() else { return }
        let root = try SiteTestPaths.temporaryFolder("browser-parts")
        defer { try? FileManager.default.removeItem(at: root) }
        try await Self.build(SiteTestPaths.seeds, into: root.appendingPathComponent("whole"))
        try await Self.build(
            SiteTestPaths.seeds, into: root.appendingPathComponent("parts"), layout: SearchIndexLayout(pagesPerPart: 1))
        let parts = try FileManager.default.contentsOfDirectory(atPath: root.path + "/parts/pagefind")
            .filter { $0.hasPrefix(SearchIndexPart.folderPrefix) }
        #expect(parts.count >= 3, "\(parts)")
        let browser = try await BrowserHarness(serving: root.path)
        do {
            for query in ["بوتين", "ماسك", "روسيا"] {
                let whole = try await search(browser, site: "whole", query)
                let facets = try await browser.evaluate("return document.getElementById('search-facets').textContent")
                // Hidden in the page until the index is in; shown with its facets.
                let filtersHidden = "return String(document.getElementById('search-filters').hidden)"
                #expect(try await browser.evaluate(filtersHidden) == "false")
                let inParts = try await search(browser, site: "parts", query)
                #expect(!whole.isEmpty)
                // Result links start at the root of the server, which serves both sites.
                #expect(
                    whole.map { $0.replacingOccurrences(of: "/whole/", with: "/") }.sorted()
                        == inParts.map { $0.replacingOccurrences(of: "/parts/", with: "/") }.sorted(), "«\(query)»")
                #expect(
                    try await browser.evaluate("return document.getElementById('search-facets').textContent") == facets,
                    "«\(query)»")
            }
        } catch {
            await browser.stop()
            throw error
        }
        await browser.stop()
    }

    @Test func searchAndTimelineInHeadlessChromium() async throws {
        guard Self.indexerIsFound() else { return }
        let root = try SiteTestPaths.temporaryFolder("browser")
        let fixture = try SinglePagesFixture.write()
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: fixture)
        }
        try await Self.build(SiteTestPaths.seeds, into: root.appendingPathComponent("seeds"))
        try await Self.build(fixture.path, into: root.appendingPathComponent("fixture"))
        let browser = try await BrowserHarness(serving: root.path)
        do {
            // Proclitics: the fixture has «وبوتين» (gamma) and «لبوتين» (delta), never the bare name.
            let putin = try await search(browser, site: "fixture", "بوتين")
            #expect(putin.contains { $0.contains("articles/gamma/") }, "\(putin)")
            #expect(putin.contains { $0.contains("articles/delta/") }, "\(putin)")
            // Hamza: «ايلون» finds «إيلون».
            let elon = try await search(browser, site: "fixture", "ايلون")
            #expect(elon.contains { $0.contains("articles/gamma/") }, "\(elon)")
            // Diacritics and tatweel in the query.
            let marked = try await search(browser, site: "fixture", "بُوتِيـــن")
            #expect(marked.contains { $0.contains("articles/delta/") }, "\(marked)")
            // The seeds: a real query, and an alias offering the actor's page.
            let seeds = try await search(browser, site: "seeds", "بوتين")
            #expect(seeds.contains { $0.hasSuffix("actors/vladimir-putin/") }, "\(seeds)")
            #expect(seeds.filter { $0.contains("/articles/") }.count >= 3, "\(seeds)")
            try await browser.open("seeds/search/index.html")
            try await browser.type("ترمب", into: "search-input")
            let suggestion = try await browser.waitFor(
                "return [...document.querySelectorAll('#search-suggest a')].map(a => a.getAttribute('href') + ' ' + a.textContent).join('\\n')"
            ) { !$0.isEmpty }
            #expect(
                suggestion.contains("actors/donald-trump/index.html") && suggestion.contains("ترامب"), "«\(suggestion)»"
            )
            // A query that meets the pages only in their hidden terms' spelling («الرئيس» folds to
            // «الرءيس») gets its excerpts from the text the pages show, with the words marked.
            try await browser.open("seeds/search/index.html")
            try await browser.type("الرئيس", into: "search-input")
            let excerpts = try await browser.waitFor(
                "return [...document.querySelectorAll('#search-results .excerpt')].map(p => p.innerHTML).join('\\n')"
            ) { !$0.isEmpty }
            #expect(excerpts.contains("<mark>") && !excerpts.contains("الرءيس"), "«\(excerpts.prefix(600))»")
            // A word typed without its article finds the pages that write it with one, though
            // Pagefind's stemmer reads its first letter as a proclitic («ولايات» -> «لايات»).
            let states = try await search(browser, site: "seeds", "ولايات")
            #expect(states.filter { $0.contains("/articles/") }.count >= 4, "\(states)")
            // And with the article, the pages that write it without (article 004: «وزارة» only).
            let ministry = try await search(browser, site: "seeds", "الوزارة")
            #expect(ministry.contains { $0.contains("/articles/004_") }, "\(ministry)")
            // A word carrying proclitics before the article or a name finds what the bare word
            // finds («والاتصالات» found 3 pages, «لماسك» 7, where the bare words find dozens).
            for (carried, bare) in [("والاتصالات", "الاتصالات"), ("لماسك", "ماسك")] {
                let found = try await search(browser, site: "seeds", carried)
                #expect(Set(found) == Set(try await search(browser, site: "seeds", bare)), "«\(carried)»: \(found)")
            }
            // The timeline renders its events (no script needed), on a page per year.
            try await browser.open("seeds/timeline/index.html")
            let years = try await browser.evaluate(
                "return [...document.querySelectorAll('section[aria-labelledby=\"years-title\"] a')].map(a => a.getAttribute('href')).join('\\n')"
            ).split(separator: "\n").map(String.init)
            #expect(!years.isEmpty)
            var events = 0
            for year in years {
                try await browser.open("seeds/timeline/" + year)
                events +=
                    Int(
                        try await browser.evaluate(
                            "return String(document.querySelectorAll('.timeline-entry[data-kind=\"event\"]').length)"))
                    ?? 0
            }
            try await browser.open("seeds/timeline/index.html")
            let expected =
                try String(contentsOfFile: SiteTestPaths.seeds + "/timeline.yml", encoding: .utf8)
                .components(separatedBy: "\n  - date:").count - 1
            #expect(events == expected, "the year pages show \(events) events, timeline.yml has \(expected)")
            let chart = try await browser.evaluate(
                "return document.querySelector('svg.chart title')?.textContent ?? ''")
            #expect(!chart.isEmpty)
        } catch {
            await browser.stop()
            throw error
        }
        await browser.stop()
    }
}
