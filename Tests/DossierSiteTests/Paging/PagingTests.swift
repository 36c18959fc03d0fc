import DossierModel
import Foundation
import Testing

@testable import DossierAnalysis
@testable import DossierSite

/// Lists are cut into pages counted from the oldest item, the newest page holding the rest.
struct PagingTests {
    @Test(
        "pages and their items",
        arguments: [
            (0, 10, [0..<0]),
            (7, 10, [0..<7]),
            (19, 10, [0..<19]),
            (20, 10, [0..<10, 10..<20]),
            (29, 10, [0..<10, 10..<29]),
            (30, 10, [0..<10, 10..<20, 20..<30]),
        ])
    func pages(count: Int, size: Int, expected: [Range<Int>]) {
        let paging = Paging(itemCount: count, size: size)
        #expect(paging.pageCount == expected.count)
        #expect((1...paging.pageCount).map(paging.items(ofPage:)) == expected)
        for (page, range) in expected.enumerated() {
            for item in range { #expect(paging.page(ofItem: item) == page + 1) }
        }
    }

    @Test func addingAnItemAtTheNewEndChangesOnlyTheNewestPage() {
        for count in 1...95 {
            let before = Paging(itemCount: count, size: 10)
            let after = Paging(itemCount: count + 1, size: 10)
            let changed = (1...after.pageCount).filter { page in
                page > before.pageCount || before.items(ofPage: page) != after.items(ofPage: page)
            }
            // The newest page grows, or splits in two: never more than two pages change.
            #expect(changed.count <= 2, "count \(count): pages \(changed) changed")
            #expect(changed.allSatisfy { $0 >= before.pageCount }, "count \(count): an older page changed")
        }
    }

    /// The pages of `paging` as the keys they hold.
    private static func pages(_ paging: Paging, _ keys: [String]) -> [[String]] {
        (1...paging.pageCount).map { Array(keys[paging.items(ofPage: $0)]) }
    }

    /// Keys like article ids, the same in every run.
    private static func keys(_ count: Int, prefix: String = "a") -> [String] {
        (0..<count).map { prefix + String($0 * 7919 % 100_003) }
    }

    @Test func listsWithKeysAreCutWhereTheirKeysSay() {
        for (count, size) in [(0, 20), (1, 20), (15, 20), (40, 20), (1000, 20), (3000, 50), (12, 1)] {
            let keys = Self.keys(count)
            let paging = Paging(keys: keys, size: size)
            let pages = Self.pages(paging, keys)
            #expect(pages.flatMap { $0 } == keys, "\(count) by \(size): the pages hold every item once, in order")
            for (index, page) in pages.enumerated() {
                for item in paging.items(ofPage: index + 1) { #expect(paging.page(ofItem: item) == index + 1) }
                if pages.count == 1 { continue }
                if index == pages.count - 1 {
                    #expect(page.count >= size / 2 && page.count <= 2 * size - 1, "newest page of \(page.count)")
                } else {
                    #expect(page.count >= max(1, size / 2) && page.count <= size + size / 2, "page of \(page.count)")
                }
            }
            if count >= 1000 {
                let mean = Double(count) / Double(paging.pageCount)
                #expect(mean > 0.8 * Double(size) && mean < 1.2 * Double(size), "\(count) by \(size): mean \(mean)")
            }
        }
        // The cuts depend on the keys, not on the run or the list's other items.
        #expect(Paging.hash("d001") == Paging.hash("d001") && Paging.hash("d001") != Paging.hash("d002"))
    }

    /// Weighted items are cut before a page would go over its budget, whatever the keys say;
    /// light items are cut exactly as without weights, and an item heavier than the budget
    /// has a page of its own.
    @Test func heavyItemsAreCutByWeight() {
        let keys = Self.keys(600)
        let light = Paging(keys: keys, size: 50, weights: keys.map { _ in 3_000 }, budget: 900_000)
        #expect(Self.pages(light, keys) == Self.pages(Paging(keys: keys, size: 50), keys))
        for heavy in [19_000, 60_000, 400_000, 2_000_000] {
            let weights = keys.indices.map { $0.isMultiple(of: 3) ? heavy : 2_000 }
            let paging = Paging(keys: keys, size: 50, weights: weights, budget: 900_000)
            let pages = (1...paging.pageCount).map(paging.items(ofPage:))
            #expect(pages.flatMap { Array($0) } == Array(keys.indices), "\(heavy): every item once, in order")
            for (number, page) in zip(1..., pages) {
                let weight = page.reduce(0) { $0 + weights[$1] }
                #expect(weight <= 900_000 || page.count == 1, "\(heavy): page \(page) weighs \(weight)")
                #expect(page.count <= 75)
                for item in page { #expect(paging.page(ofItem: item) == number) }
            }
        }
    }

    /// An older article added mid-list changes its own page; with fixed cuts, it moved one
    /// article across every later page.
    @Test func anItemInsertedMidListChangesAboutOnePage() {
        let keys = Self.keys(1000)
        let before = Self.pages(Paging(keys: keys, size: 20), keys)
        var changedPages = 0
        let inserted = Self.keys(100, prefix: "new")
        for (step, key) in inserted.enumerated() {
            var after = keys
            after.insert(key, at: (step * 97) % keys.count)
            let pages = Self.pages(Paging(keys: after, size: 20), after)
            let unchanged = Set(before)
            changedPages += pages.filter { !unchanged.contains($0) }.count
        }
        let mean = Double(changedPages) / Double(inserted.count)
        #expect(mean < 3, "\(mean) pages changed per insertion, of \(before.count)")
    }

    @Test func addingAKeyedItemAtTheNewEndChangesOnlyTheNewestPages() {
        let keys = Self.keys(400)
        for count in 1..<keys.count {
            let before = Self.pages(Paging(keys: Array(keys[..<count]), size: 10), keys)
            let after = Self.pages(Paging(keys: Array(keys[...count]), size: 10), keys)
            #expect(Array(after.prefix(before.count - 1)) == Array(before.dropLast()), "count \(count)")
            #expect(after.count <= before.count + 1)
        }
    }

    @Test func newestFirstListsLandOnTheNewestPage() {
        let list = PagedList(landing: .articleIndex, itemCount: 25, size: 10, order: .newestFirst)
        #expect(list.landingPage == 2)
        #expect(list.routes == [.articleIndex, .paged(.articleIndex, page: 1)])
        #expect(list.route(ofPage: 2) == .articleIndex)
        #expect(list.items(ofPage: 2) == Array((10..<25).reversed()))
        #expect(list.items(ofPage: 1) == Array((0..<10).reversed()))
        #expect(list.readingOrder == [2, 1])
        #expect(SiteRoutes.path(of: .paged(.articleIndex, page: 1)) == "articles/page/1/index.html")
        #expect(SiteRoutes.path(of: .paged(.actor("x"), page: 3)) == "actors/x/page/3/index.html")
    }

    @Test func oldestFirstListsLandOnTheirFirstPage() {
        let list = PagedList(landing: .timelineYear(2024), itemCount: 35, size: 10, order: .oldestFirst)
        #expect(list.landingPage == 1)
        #expect(list.routes.first == .timelineYear(2024))
        #expect(list.routes.last == .paged(.timelineYear(2024), page: 3))
        #expect(list.items(ofPage: 3) == Array(20..<35))
        #expect(SiteRoutes.path(of: .paged(.timelineYear(2024), page: 2)) == "timeline/2024/page/2/index.html")
    }
}

/// The pager names the newest page, shows the ends and a window around the current page.
struct PagerBuilderTests {
    private static func context(articles count: Int, route: Route) -> PageContext {
        let source = SourceFile(relativePath: "articles/a.txt", sha256: "", byteCount: 0, encoding: "utf-8")
        let articles = (0..<count).map { day in
            Article(
                id: String(format: "a%04d", day), source: source, title: "مقال \(day)",
                published: PartialDate(year: 2000 + day / 300, month: day / 25 % 12 + 1, day: day % 25 + 1),
                paragraphs: [Paragraph(text: "\(day)", line: 1)])
        }
        let index = SiteIndex(dossier: Dossier(config: DossierConfig(title: "ملف"), articles: articles))
        let plan = SitePlanner.plan(index: index, sourceFolder: "src", assets: []).plan
        return PageContext(route: route, plan: plan, index: index)
    }

    @Test func aLongListHasAShortPager() throws {
        let count = 26 * SiteLists.articlesPerPage + 7
        let context = Self.context(articles: count, route: .paged(.articleIndex, page: 1))
        let list = SiteLists.articles(context.index.listings)
        let pageCount = list.paging.pageCount
        #expect(pageCount >= 16)
        #expect(context.plan.contains(.paged(.articleIndex, page: pageCount - 1)))
        #expect(!context.plan.contains(.paged(.articleIndex, page: pageCount)))
        let pager = try #require(PagerBuilder.pager(for: list, current: 1, label: "x", context: context))
        #expect(pager.pages.map(\.label) == [context.strings.latest, "…", "3", "2", "1"])
        #expect(pager.pages.first?.href == "../../index.html")
        #expect(pager.pages.last?.isCurrent == true)
        #expect(pager.previousHref == "../2/index.html" && pager.nextHref == nil)
        let middle = try #require(PagerBuilder.pager(for: list, current: 12, label: "x", context: context))
        #expect(middle.pages.map(\.label) == [context.strings.latest, "…", "14", "13", "12", "11", "10", "…", "1"])
        // The newest articles are on the list's own page, newest first.
        let landing = ArticleListPageBuilder.page(number: list.landingPage, context: context)
        let newest = list.items(ofPage: list.landingPage)
        #expect(landing.articles.count == newest.count)
        #expect(landing.articles.first?.titleHTML.contains("\(count - 1)") == true)
        #expect(landing.articles.last?.titleHTML.contains("\(count - newest.count)") == true)
    }

    /// Adding the newest article changes the list's own page only: the older pages do not
    /// show the total, so a rebuild takes them as they are.
    @Test func theOlderPagesOfTheArticleListKeepTheirModelWhenTheNewestArticleIsAdded() throws {
        let count = 3 * SiteLists.articlesPerPage + 5
        let before = Self.context(articles: count, route: .paged(.articleIndex, page: 1))
        let after = Self.context(articles: count + 1, route: .paged(.articleIndex, page: 1))
        let list = SiteLists.articles(after.index.listings)
        #expect(list.landingPage == SiteLists.articles(before.index.listings).landingPage)
        for number in 1..<list.landingPage {
            let old = ArticleListPageBuilder.page(number: number, context: before)
            let new = ArticleListPageBuilder.page(number: number, context: after)
            #expect(new.total == nil)
            #expect(try Fingerprint.of(old) == Fingerprint.of(new), "page \(number)")
        }
        let landing = ArticleListPageBuilder.page(number: list.landingPage, context: after)
        #expect(landing.total == after.strings.articleCount.phrase(count + 1))
    }
}
