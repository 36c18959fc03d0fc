import DossierSite
import Foundation
import Testing

/// How the seed site reads in headless Chromium at desktop and phone widths: margin notes
/// never open holes in the text, search results come first on a phone and the query lives in
/// the URL, and ticking a filter keeps the keyboard focus on it.
@Suite("Reading", .serialized)
struct ReadingBrowserTests {
    /// The largest vertical gap, in CSS pixels, between consecutive body paragraphs.
    private static let gapScript = """
        const ps = [...document.querySelectorAll('.article-body .passage > p')];
        let worst = 0;
        for (let i = 1; i < ps.length; i++) {
          worst = Math.max(worst, ps[i].getBoundingClientRect().top - ps[i - 1].getBoundingClientRect().bottom);
        }
        return ps.length + ' ' + Math.round(worst);
        """

    @Test func articleSearchAndFiltersInHeadlessChromium() async throws {
        guard SearchBrowserTests.indexerIsFound() else { return }
        // The site in a folder of its own: a build locks its output's parent, and the browser
        // suites run side by side.
        let folder = try SiteTestPaths.temporaryFolder("reading")
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appendingPathComponent("site")
        try await SearchBrowserTests.build(SiteTestPaths.seeds, into: root)
        let browser = try await BrowserHarness(serving: root.path)
        do {
            // Article 000 at 1280 px: no note stretches its paragraph's row.
            try await browser.resize(width: 1280, height: 900)
            let article = try articleWithNotes(in: root)
            try await browser.open("articles/\(article)/index.html")
            let gap = try await browser.evaluate(Self.gapScript).split(separator: " ").compactMap { Int($0) }
            #expect(gap.count == 2 && gap[0] > 5, "paragraphs measured: \(gap)")
            #expect((gap.last ?? .max) <= 60, "largest gap between paragraphs of \(article): \(gap) px")
            // Every note starts level with its passage, also after a paragraph with a long note
            // and an "also reported" marker; only the short box beside the text is sticky.
            let offsets = try await browser.evaluate(
                """
                return [...document.querySelectorAll('.article-body .margin')].map(m =>
                  Math.round(m.getBoundingClientRect().top - m.parentElement.querySelector(':scope > p').getBoundingClientRect().top)).join(' ')
                """)
            #expect(
                !offsets.isEmpty && offsets.split(separator: " ").allSatisfy { abs(Int($0) ?? 99) <= 2 },
                "note offsets: \(offsets)")
            let sticky = try await browser.evaluate(
                """
                const box = document.querySelector('.article-summary');
                const panel = document.querySelector('.article-panel');
                return getComputedStyle(box).position + ' ' + (box.getBoundingClientRect().height < 500) + ' ' +
                  getComputedStyle(panel).position + ' ' + (box.querySelector('a[href="#panel-title"]') !== null);
                """)
            #expect(sticky == "sticky true static true", "box and panel: \(sticky)")

            // The annotations' selectors pick their passages in the page itself: the paragraph's
            // text is the article's (note numbers are drawn by the style sheet), the marker shows
            // its number, and the quote with its context reads on in the paragraph.
            let selected = try await browser.evaluate(
                """
                return (async () => {
                const data = await (await fetch('../../data/annotations.jsonld')).json();
                let checked = 0, wrong = [];
                for (const note of data.first.items) {
                  if (!note.target.source.includes('\(article)')) continue;
                  const quote = note.target.selector.find(s => s.type === 'TextQuoteSelector');
                  const place = note.target.selector.find(s => s.type === 'FragmentSelector');
                  if (!quote || !place) continue;
                  const text = document.getElementById(place.value).textContent;
                  const got = text.slice(place.refinedBy.start, place.refinedBy.end);
                  if (got !== quote.exact || !text.includes(quote.prefix + quote.exact + quote.suffix)) wrong.push(note.id);
                  checked += 1;
                }
                const number = getComputedStyle(document.querySelector('.note-ref a'), '::before').content;
                return checked + ' ' + wrong.length + ' ' + number + ' ' + wrong.join(',');
                })();
                """)
            let parts = selected.split(separator: " ")
            #expect(
                parts.count >= 3 && (Int(parts[0]) ?? 0) > 0 && parts[1] == "0" && parts[2] == "\"1\"",
                "checked, wrong, first marker: \(selected)")
            // A link reached by the keyboard inside a cut note opens the note, scrolled to its top.
            let opened = try await browser.evaluate(
                """
                const text = [...document.querySelectorAll('.note-body.clamped')].find(t => t.querySelector('a'));
                if (!text) return 'none';
                const links = text.querySelectorAll('a');
                links[links.length - 1].focus();
                return text.classList.contains('clamped') + ' ' + text.scrollTop + ' ' +
                  text.nextElementSibling.getAttribute('aria-expanded');
                """)
            #expect(opened == "false 0 true", "cut note after focusing its last link: \(opened)")
            // Printed: notes in full under their text, the source address (when known) shown, no
            // side lists, menus or switch.
            try await browser.emulateMedia("print")
            let printed = try await browser.evaluate(
                """
                dispatchEvent(new Event('beforeprint'));
                const shown = s => [...document.querySelectorAll(s)].filter(e => e.getBoundingClientRect().height > 0).length;
                return [shown('.margin-note .note-body'), document.querySelectorAll('.margin-note').length,
                  shown('.article-meta a.url') - document.querySelectorAll('.article-meta a.url').length, shown('.article-panel'), shown('.article-aside'), shown('.site-nav'), shown('.notes-switch')].join(' ');
                """)
            let counts = printed.split(separator: " ").compactMap { Int($0) }
            #expect(counts.count == 7 && counts[0] == counts[1] && counts[0] > 0, "printed notes: \(printed)")
            #expect(Array(counts.dropFirst(2)) == [0, 0, 0, 0, 0], "printed: \(printed)")
            _ = try await browser.evaluate("dispatchEvent(new Event('afterprint')); return ''")
            try await browser.emulateMedia()

            // The switch hides every note and highlight, and the choice survives a reload.
            let hidden = try await browser.evaluate(
                """
                document.querySelector('.notes-switch').click();
                const note = document.querySelector('.margin-note');
                const mark = document.querySelector('mark.note-mark');
                return getComputedStyle(note).display + ' ' + getComputedStyle(mark).backgroundColor;
                """)
            #expect(hidden == "none rgba(0, 0, 0, 0)", "after the switch: \(hidden)")
            try await browser.open("articles/\(article)/index.html")
            let remembered = try await browser.evaluate(
                "return document.querySelector('.notes-switch').getAttribute('aria-pressed')")
            #expect(remembered == "false")
            _ = try await browser.evaluate("document.querySelector('.notes-switch').click(); return ''")

            // Phone: the first result for «بوتين» within the first 900 px, the query in the URL.
            try await browser.resize(width: 390, height: 844)
            try await browser.open("search/index.html")
            try await browser.type("بوتين", into: "search-input")
            let top = try await browser.waitFor(
                "const a = document.querySelector('#search-results li'); return a ? String(Math.round(a.getBoundingClientRect().top + scrollY)) : ''"
            ) { !$0.isEmpty }
            #expect((Int(top) ?? .max) <= 900, "first result at y = \(top)")
            let url = try await browser.evaluate("return decodeURIComponent(location.search)")
            #expect(url == "?q=بوتين", "URL query: \(url)")
            let status = try await browser.evaluate("return document.getElementById('search-status').textContent")
            #expect(status.hasSuffix("نتيجة") || status.hasSuffix("نتائج"), "«\(status)»")

            // Charts at 390 px: no text drawn below 11 px (they scroll instead of shrinking).
            for page in ["timeline/index.html", "compare/index.html", "actors/index.html"] {
                try await browser.open(page)
                let smallest = try await browser.evaluate(
                    "return String([...document.querySelectorAll('svg.chart text')].reduce((m, t) => Math.min(m, parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a), 99))"
                )
                #expect((Double(smallest) ?? 0) >= 10.99, "\(page): smallest chart text \(smallest) px")
            }

            // Reopening the URL restores the query; "more" shows results beyond the first batch.
            try await browser.resize(width: 1280, height: 900)
            try await browser.open("search/index.html?q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86")
            let restored = try await browser.waitFor(
                "return document.querySelectorAll('#search-results li').length + ' ' + document.getElementById('search-input').value"
            ) { $0.hasSuffix("بوتين") && !$0.hasPrefix("0 ") }
            let shown = Int(restored.split(separator: " ").first ?? "") ?? 0
            let more = try await browser.evaluate(
                "const b = document.getElementById('search-more'); if (b.hidden) return 'hidden'; b.click(); return 'clicked'"
            )
            if more == "clicked" {
                let after = try await browser.waitFor(
                    "return String(document.querySelectorAll('#search-results li').length)"
                ) { (Int($0) ?? 0) > shown }
                #expect((Int(after) ?? 0) > shown, "more: \(shown) -> \(after)")
            }

            // A new query is a new history entry: Back brings the previous search back.
            try await browser.type("ماسك", into: "search-input")
            _ = try await browser.waitFor("return decodeURIComponent(location.search)") { $0 == "?q=ماسك" }
            _ = try await browser.evaluate("history.back(); return ''")
            let back = try await browser.waitFor(
                "return decodeURIComponent(location.search) + ' ' + document.getElementById('search-input').value"
            ) { $0 == "?q=بوتين بوتين" }
            #expect(back == "?q=بوتين بوتين", "after Back: «\(back)»")
            _ = try await browser.waitFor("return String(document.querySelectorAll('#search-results li').length)") {
                (Int($0) ?? 0) > 0
            }

            // Ticking a filter with Space keeps focus on that box, and the filter enters the URL.
            let focus = try await browser.evaluate(
                """
                const box = document.querySelector('#search-facets input[type=checkbox]');
                box.focus();
                box.click();
                return box.dataset.facet + '=' + box.value;
                """)
            let focused = try await browser.waitFor(
                "const e = document.activeElement; return e && e.dataset.facet ? e.dataset.facet + '=' + e.value + ' ' + e.checked : ''"
            ) { $0.hasSuffix("true") }
            #expect(focused == focus + " true", "focus after ticking: «\(focused)», ticked «\(focus)»")
            let filtered = try await browser.evaluate("return decodeURIComponent(location.search)")
            #expect(filtered.contains(focus.replacingOccurrences(of: " ", with: "+")), "URL: \(filtered)")
        } catch {
            await browser.stop()
            throw error
        }
        await browser.stop()
    }

    /// The id of the first seed article (its file name starts with `000_`) with a note.
    private func articleWithNotes(in site: URL) throws -> String {
        let folders = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("articles").path)
        let article = try #require(folders.sorted().first { $0.hasPrefix("000") }, "no article 000 in \(folders)")
        let html = try String(
            contentsOf: site.appendingPathComponent("articles/\(article)/index.html"), encoding: .utf8)
        try #require(html.contains("margin-note"), "article \(article) has no notes")
        return article
    }
}
