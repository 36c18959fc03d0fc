import ArabicText
import Foundation
import Testing

@testable import DossierRenderer

/// The search script holds no words: the search page gives them to it as data attributes,
/// rendered from `UIStrings` and the text engine's proclitics.
struct SearchPageWordsTests {
    private static let templates = RendererTestPaths.templates

    private func searchPage() async throws -> String {
        let set = try await TemplateSet.load(directory: Self.templates)
        let layout = PageLayout(
            language: "ar", pageTitle: "بحث", description: nil, stylesheetHref: "../assets/style.css",
            homeHref: "../index.html", siteTitle: "موقع", navigation: [])
        let page = SearchFormPage(scriptHref: "../assets/search.js")
        return try PageRenderer(templates: set).render(page, layout: layout)
    }

    /// The value of `attribute` on the element with `id` (the script's `$(id).dataset`).
    private func data(_ attribute: String, of id: String, in html: String) -> String? {
        guard let start = html.range(of: "id=\"\(id)\"") else { return nil }
        let tag = html[start.upperBound...].prefix { $0 != ">" }
        guard let value = tag.range(of: " data-\(attribute)=\"") else { return nil }
        return String(tag[value.upperBound...].prefix { $0 != "\"" })
    }

    @Test func everyWordTheScriptShowsIsOnThePage() async throws {
        let html = try await searchPage()
        let words = UIStrings.arabic
        #expect(data("searching", of: "search-status", in: html) == words.searching)
        #expect(data("none", of: "search-status", in: html) == words.noResults)
        #expect(data("unavailable", of: "search-status", in: html) == words.searchUnavailable)
        #expect(data("few", of: "search-status", in: html) == words.searchResults.few)
        #expect(data("label", of: "search-suggest", in: html) == words.actorPage)
        #expect(data("actor", of: "search-facets", in: html) == words.actors)
        #expect(data("topic", of: "search-facets", in: html) == words.topics)
        #expect(data("outlet", of: "search-facets", in: html) == words.outletFilter)
    }

    @Test func theProcliticsComeFromTheTextEngine() async throws {
        let html = try await searchPage()
        let proclitics = try #require(data("proclitics", of: "search-form", in: html))
        #expect(proclitics.split(separator: " ").map(String.init) == ProcliticForms.searchCombinations)
        #expect(data("article", of: "search-form", in: html) == ProcliticForms.article)
        // Longest first, so the longest combination a word carries is tried first.
        let lengths = ProcliticForms.searchCombinations.map(\.unicodeScalars.count)
        #expect(lengths == lengths.sorted(by: >))
        #expect(ProcliticForms.searchCombinations.contains("وبال") && ProcliticForms.searchCombinations.contains("لل"))
    }
}
