import Testing

@testable import DossierAnalysis
@testable import DossierSite

/// The link check reads each link through a memo shared by all pages: whatever page and link,
/// it must read a link exactly as `RelativeLink(_:on:)` reads it on that page.
struct RelativeLinkMemoTests {
    private static let pages = [
        "index.html", "404.html", "articles/a/index.html", "articles/b/index.html", "articles/a/page/2/index.html",
        "actors/x/index.html", "actors/x/page/3/index.html", "timeline/2024/index.html", "a//b/index.html",
    ]

    private static let links = [
        "", "#", "#p-1", "#m%20x", "?q", "?q#f", "index.html", "./", ".", "..", "../", "../..", "../../",
        "../../..", "../../../", "../../../../x", "../b/index.html", "../b/index.html#p-2", "../b/#note-%D8%A7",
        "../../actors/x/", "../../actors/x/index.html#m-3", "./../a/", ".//../c", "..//../d", ".../x", "..x/y",
        "a/../../b", "a/./b/", "/", "/abs/x", "//host/x", "https://example.com/a#b", "mailto:x@y", "a:b",
        "page.html#a:b", "../%D8%A7/index.html", "x?y#z", "x#y#z", "../../index.html?#",
        "x#\u{301}y#z", "\u{600}#a#b", "../ب#ج", "../a/#\u{301}",
    ]

    @Test func readsEveryLinkAsItsPageWould() {
        var memo = RelativeLink.Memo()
        // Twice over, page by page as the checker reads them, so the second pass reads
        // from what the first one kept.
        for _ in 0..<2 {
            for page in Self.pages {
                for url in Self.links {
                    let direct = RelativeLink(url, on: page)
                    let memoised = memo.link(url, on: page)
                    #expect(memoised?.targetPath == direct?.targetPath, "\(url) on \(page)")
                    #expect(memoised?.fragment == direct?.fragment, "\(url) on \(page)")
                    #expect(memoised?.isRootRelative == direct?.isRootRelative, "\(url) on \(page)")
                    #expect((memoised == nil) == (direct == nil), "\(url) on \(page)")
                }
            }
        }
    }
}
