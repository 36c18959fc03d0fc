import DossierSite
import Foundation
import Testing

/// The «يُذكر معه» table beside an actor's page, in headless Chromium at desktop and phone
/// widths: a name wraps only when its column has no room for it, because the count columns
/// take no more than their words need.
@Suite("CountsTable", .serialized)
struct CountsTableBrowserTests {
    /// The number of rows of the first `table.counts`, then (after a space) the names drawn on
    /// more than one line although on one line they take at most half the table's width.
    private static let wrappedNames = """
        const table = document.querySelector('table.counts');
        const wrapped = [];
        for (const name of table.querySelectorAll('tbody th > :is(a, bdi)')) {
          const lines = name.getClientRects().length;
          name.style.whiteSpace = 'nowrap';
          const width = name.getBoundingClientRect().width;
          name.style.whiteSpace = '';
          if (lines > 1 && width <= table.clientWidth / 2) wrapped.push(name.textContent);
        }
        return table.querySelectorAll('tbody tr').length + ' ' + wrapped.join('|');
        """

    @Test func shortNamesStayOnOneLine() async throws {
        // The site in a folder of its own: a build locks its output's parent, and the browser
        // suites run side by side.
        let folder = try SiteTestPaths.temporaryFolder("counts-table")
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appendingPathComponent("site")
        let report = try await SiteBuilder(sourceFolder: SiteTestPaths.seeds, templatesFolder: SiteTestPaths.templates)
            .build(outputFolder: root.path)
        try #require(report.wroteOutput)
        let browser = try await BrowserHarness(serving: root.path)
        do {
            for width in [1280, 390] {
                try await browser.resize(width: width, height: 900)
                // Elon Musk's table has many rows, «وول ستريت جورنال» among them.
                try await browser.open("actors/elon-musk/index.html")
                let answer = try await browser.evaluate(Self.wrappedNames)
                let rows = Int(answer.prefix { $0 != " " }) ?? 0
                #expect(rows > 10, "\(width) px: rows of the table: \(answer)")
                #expect(answer.drop { $0 != " " }.dropFirst().isEmpty, "\(width) px: wrapped names: \(answer)")
            }
        } catch {
            await browser.stop()
            throw error
        }
        await browser.stop()
    }
}
