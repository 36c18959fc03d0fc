import DossierOutput
import Testing

@testable import DossierSite

/// How the pages with search data are shared among the parts of the index.
@Suite("Search index layout")
struct SearchIndexLayoutTests {
    private let others = ["actors/a/index.html", "notes/index.html", "topics/t/index.html"]

    private func articles(_ count: Int, from first: Int = 1) -> [String] {
        (first..<(first + count)).map { "articles/\($0)/index.html" }
    }

    @Test func aSmallSiteHasOnePartWithEveryPage() {
        let pages = articles(SearchIndexLayout.defaultPagesPerPart)
        let parts = SearchIndexLayout().parts(articles: pages, others: others)
        #expect(parts.count == 1)
        #expect(parts[0].folder.isEmpty)
        #expect(Set(parts[0].pages) == Set(pages + others))
        #expect(SearchIndexLayout().parts(articles: [], others: []).isEmpty)
    }

    /// Above the limit, the commentary's pages are the main part, and the articles are spread
    /// over a power of two of parts, none over the limit, each article in one.
    @Test(arguments: [SearchIndexLayout.defaultPagesPerPart + 1, 3 * SearchIndexLayout.defaultPagesPerPart, 10_000])
    func aLargeSiteIsSplit(_ count: Int) {
        let pages = articles(count)
        let parts = SearchIndexLayout().parts(articles: pages, others: others)
        #expect(parts[0] == SearchIndexPart(folder: "", pages: others))
        let articleParts = parts.dropFirst()
        let total = Int(articleParts[1].folder.split(separator: "-").last ?? "") ?? 0
        #expect(total >= 2 && total & (total - 1) == 0)
        #expect(
            total * SearchIndexLayout.defaultPagesPerPart >= count
                && total * SearchIndexLayout.defaultPagesPerPart / 2 < count)
        #expect(
            articleParts.allSatisfy {
                $0.folder.hasPrefix(SearchIndexPart.folderPrefix) && $0.folder.hasSuffix("-of-\(total)")
            })
        #expect(articleParts.allSatisfy { $0.pages.count <= SearchIndexLayout.defaultPagesPerPart })
        #expect(articleParts.flatMap(\.pages).sorted() == pages.sorted())
        #expect(Set(articleParts.map(\.folder)).count == articleParts.count)
    }

    /// An article added changes one part of the articles; the others keep their pages.
    @Test func anAddedArticleChangesOnePart() {
        let pages = articles(5_000)
        let before = SearchIndexLayout().parts(articles: pages, others: others)
        let after = SearchIndexLayout().parts(articles: pages + articles(1, from: 9_999), others: others)
        #expect(before.count == after.count)
        let changed = zip(before, after).filter { $0 != $1 }
        #expect(changed.count == 1)
        #expect(changed.first?.1.pages.contains("articles/9999/index.html") == true)
    }

    /// Pagefind makes no index of no pages: without commentary pages, a part of the articles is
    /// the main one.
    @Test func withoutCommentaryAnArticlePartIsTheMainOne() {
        let pages = articles(4_500)
        let parts = SearchIndexLayout().parts(articles: pages, others: [])
        #expect(parts[0].folder.isEmpty && !parts[0].pages.isEmpty)
        #expect(parts.flatMap(\.pages).sorted() == pages.sorted())
    }

    /// A layout of smaller parts splits a small site the same way.
    @Test func smallPartsSplitASmallSite() {
        let pages = articles(5)
        let parts = SearchIndexLayout(pagesPerPart: 1).parts(articles: pages, others: others)
        #expect(parts[0].pages == others)
        #expect(parts.dropFirst().allSatisfy { $0.pages.count == 1 && $0.folder.hasSuffix("-of-8") })
        #expect(parts.dropFirst().flatMap(\.pages).sorted() == pages.sorted())
    }
}
