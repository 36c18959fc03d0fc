import DossierRenderer
import Foundation
import Testing

/// What Pagefind reads of the commentary pages, as the search page gets it in headless
/// Chromium: prose only. Tables and lists of counts, the links back to passages, place labels
/// and an outlet's address are left out of the indexed text (`data-pagefind-ignore`), so no
/// excerpt runs them together («الفاعلالإشاراتالمقالات جبران باسيل 1. 1.»).
@Suite("IndexedText", .serialized)
struct IndexedTextBrowserTests {
    /// The visible text (hidden terms left out, as the search page leaves them) of each actor,
    /// topic, outlet and notes page found by the seeds' most common words, one page per line
    /// as `url<TAB>text`.
    private static let indexedText = """
        return (async () => {
          const pagefind = await import('../pagefind/pagefind.js');
          const { visibleText } = await import('../assets/search-excerpt.js');
          await pagefind.init();
          const pages = new Map();
          for (const query of ['ماسك', 'بوتين', 'الحرة']) {
            const found = await pagefind.search(query);
            for (const result of found.results) {
              const data = await result.data();
              if (!/\\/(actors|topics|outlets|notes)\\//.test(data.url)) continue;
              pages.set(data.url, visibleText(data.content, data.meta.terms, data.meta.subject).replace(/\\s+/g, ' '));
            }
          }
          return [...pages].map(([url, text]) => url + '\\t' + text).join('\\n');
        })();
        """

    @Test func commentaryPagesIndexOnlyTheirProse() async throws {
        guard SearchBrowserTests.indexerIsFound() else { return }
        // The site in a folder of its own: a build locks its output's parent, and the browser
        // suites run side by side.
        let folder = try SiteTestPaths.temporaryFolder("indexed-text")
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appendingPathComponent("site")
        try await SearchBrowserTests.build(SiteTestPaths.seeds, into: root)
        let browser = try await BrowserHarness(serving: root.path)
        let pages: [(url: String, text: String)]
        do {
            try await browser.open("search/index.html")
            pages = try await browser.evaluate(Self.indexedText).split(separator: "\n").map { line in
                let parts = line.split(separator: "\t", maxSplits: 1)
                return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
            }
        } catch {
            await browser.stop()
            throw error
        }
        await browser.stop()
        for kind in ["/actors/", "/topics/", "/outlets/", "/notes/"] {
            #expect(pages.contains { $0.url.contains(kind) }, "no \(kind) page found: \(pages.map(\.url))")
        }
        let strings = UIStrings.arabic
        let commentary = strings.commentary
        // Headings of the page's sections and side lists, the cards' and the timeline's links
        // back to passages, and an address: none is prose, and none may reach an excerpt (an
        // actor's ran «نبذة. … المقالات التي تذكره، الأحدث أولًا.»).
        let furniture = [
            commentary.profile, commentary.articlesMentioning, commentary.notesAbout, commentary.essay,
            commentary.articlesOnTopic, commentary.notesOnTopic, commentary.about, commentary.outletArticles,
            commentary.contents,
            commentary.mentionedWith, commentary.mentionsPerOutlet, commentary.outletActors,
            commentary.relatedActors, commentary.backlinks, commentary.toPassage, commentary.backToPassage,
            strings.restsOn, "://",
        ]
        for page in pages {
            let found = furniture.filter { page.text.contains($0) }
            #expect(found.isEmpty, "\(page.url) indexes \(found)")
            // A place label («الفقرة 3») after each passage it links.
            let place = page.text.range(of: strings.paragraph + " [0-9]+", options: .regularExpression)
            #expect(place == nil, "\(page.url) indexes the place label \(place.map { page.text[$0] } ?? "")")
        }
    }
}
