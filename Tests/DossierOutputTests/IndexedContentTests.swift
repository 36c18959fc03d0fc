import Testing

@testable import DossierOutput

/// The digest of what the search indexer sees of a page: ignored elements and the amount of
/// white space do not count; anything else does, and so does an ignored element the indexer
/// still reads filters or meta in, or one whose end cannot be found.
@Suite("What the indexer sees of a page")
struct IndexedContentTests {
    private func digest(_ html: String) -> String { IndexedContent.digest(of: Array(html.utf8)) }

    private let page = """
        <main data-pagefind-body><h1>بوتين وماسك</h1>
        <p>فقرة أولى</p>
        <details class="also" data-pagefind-ignore><summary>ورد أيضًا في</summary><ul><li>أ</li></ul></details>
        <p>فقرة ثانية</p></main>
        """

    @Test func anIgnoredElementDoesNotCount() {
        let other = page.replacingOccurrences(of: "<li>أ</li>", with: "<li>ب</li><li>ج</li>")
        #expect(digest(other) == digest(page))
        let without = page.replacingOccurrences(
            of:
                #"<details class="also" data-pagefind-ignore><summary>ورد أيضًا في</summary><ul><li>أ</li></ul></details>"#,
            with: "")
        #expect(digest(without) == digest(page))
    }

    @Test func runsOfWhiteSpaceCountAsOne() {
        #expect(digest(page.replacingOccurrences(of: "\n", with: "\n\n  \t")) == digest(page))
        #expect(digest(page.replacingOccurrences(of: "فقرة أولى", with: "فقرةأولى")) != digest(page))
    }

    @Test func theTextTheIndexerReadsCounts() {
        #expect(digest(page.replacingOccurrences(of: "فقرة ثانية", with: "فقرة ثالثة")) != digest(page))
        #expect(digest(page.replacingOccurrences(of: "<h1>", with: "<h1 class=\"x\">")) != digest(page))
    }

    /// Nested elements of the ignored one's name close it only when they are all closed.
    @Test func nestedElementsOfTheSameNameAreCounted() {
        let nested = #"<div data-pagefind-ignore><div>أ</div><div>ب</div></div><p>نص</p>"#
        #expect(digest(nested) == digest("<p>نص</p>"))
        #expect(digest(nested.replacingOccurrences(of: "نص", with: "غيره")) != digest(nested))
    }

    /// Pagefind reads the filters and meta inside an ignored element: such an element counts.
    @Test func anIgnoredElementWithFiltersCounts() {
        let filtered = #"<div data-pagefind-ignore><span data-pagefind-filter="actor">أ</span></div><p>نص</p>"#
        #expect(digest(filtered) != digest("<p>نص</p>"))
        #expect(digest(filtered.replacingOccurrences(of: ">أ<", with: ">ب<")) != digest(filtered))
    }

    /// Without its end tag, the element and what follows it count.
    @Test func anUnclosedIgnoredElementCounts() {
        let open = #"<section data-pagefind-ignore><p>أ</p><p>نص</p>"#
        #expect(digest(open) != digest(open.replacingOccurrences(of: "نص", with: "غيره")))
        #expect(digest(open) != digest(open.replacingOccurrences(of: ">أ<", with: ">ب<")))
    }
}
