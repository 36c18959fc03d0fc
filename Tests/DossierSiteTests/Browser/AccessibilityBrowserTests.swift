import DossierSite
import Foundation
import Testing

/// axe-core, injected into the seed site in headless Chromium, finds no WCAG A/AA or
/// best-practice violation on an article, an actor page, a search with results and the
/// timeline, in the light and in the dark colour scheme.
@Suite("Accessibility", .serialized)
struct AccessibilityBrowserTests {
    /// `axe.min.js` as `scripts/install-deps.sh test` installs it (the PyPI wheel
    /// axe-playwright-python ships it), or the file named by `DOSSIER_AXE`.
    static func axeScript() -> URL? {
        if let path = ProcessInfo.processInfo.environment["DOSSIER_AXE"] {
            return URL(fileURLWithPath: path)
        }
        let lib = SiteTestPaths.root.appendingPathComponent(".tools/venv/lib")
        let pythons = (try? FileManager.default.contentsOfDirectory(atPath: lib.path)) ?? []
        return pythons.sorted().lazy
            .map { lib.appendingPathComponent("\($0)/site-packages/axe_playwright_python/axe.min.js") }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Runs axe on the open page and leaves its violations, one line each, in `window.axeReport`.
    private static let runAxe = """
        window.axeReport = undefined;
        axe.run(document, { resultTypes: ['violations'],
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
          .then(r => { window.axeReport = r.violations.map(v => v.id + ' (' + v.impact + '): ' +
            v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')).join('\\n') || 'none'; })
          .catch(e => { window.axeReport = 'axe failed: ' + e; });
        return '';
        """

    @Test func noViolationsInLightAndDarkMode() async throws {
        guard let axe = Self.axeScript() else {
            Issue.record("axe-core not found: run `scripts/install-deps.sh test` (or set DOSSIER_AXE to axe.min.js)")
            return
        }
        guard SearchBrowserTests.indexerIsFound() else { return }
        let axeSource = try String(contentsOf: axe, encoding: .utf8)
        // The site in a folder of its own: a build locks its output's parent, and the browser
        // suites run side by side.
        let folder = try SiteTestPaths.temporaryFolder("axe")
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appendingPathComponent("site")
        try await SearchBrowserTests.build(SiteTestPaths.seeds, into: root)
        let articles = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("articles").path)
        let article = try #require(articles.sorted().first { $0.hasPrefix("000") }, "no article 000")
        let actors = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("actors").path)
        let actor = try #require(actors.sorted().first { !$0.hasSuffix(".html") }, "no actor page")
        let pages = [
            "articles/\(article)/index.html", "actors/\(actor)/index.html",
            "search/index.html?q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86", "timeline/index.html",
        ]
        let browser = try await BrowserHarness(serving: root.path)
        do {
            for scheme in ["light", "dark"] {
                try await browser.emulateMedia(colorScheme: scheme)
                for page in pages {
                    try await browser.open(page)
                    if page.hasPrefix("search/") {
                        _ = try await browser.waitFor(
                            "return String(document.querySelectorAll('#search-results li').length)"
                        ) {
                            (Int($0) ?? 0) > 0
                        }
                    }
                    let matched = try await browser.evaluate(
                        "return String(matchMedia('(prefers-color-scheme: \(scheme))').matches)")
                    #expect(matched == "true", "\(page) is not in the \(scheme) scheme")
                    _ = try await browser.evaluate(axeSource + "\nreturn '';")
                    _ = try await browser.evaluate(Self.runAxe)
                    let report = try await browser.waitFor("return window.axeReport || ''", seconds: 60) { !$0.isEmpty }
                    #expect(report == "none", "\(scheme) \(page):\n\(report)")
                }
            }
        } catch {
            await browser.stop()
            throw error
        }
        await browser.stop()
    }
}
