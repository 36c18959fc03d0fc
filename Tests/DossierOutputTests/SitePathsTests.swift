import Testing

@testable import DossierOutput

/// Site paths cut at their slashes.
struct SitePathsTests {
    @Test func ancestorsAreTheFoldersAboveAPathInnermostFirst() {
        #expect(SitePaths.ancestors(of: "a/b/c.html") == ["a/b", "a"])
        #expect(SitePaths.ancestors(of: "index.html") == [])
        #expect(SitePaths.ancestors(of: "مقالات/خبر/index.html") == ["مقالات/خبر", "مقالات"])
    }

    @Test func theParentIsWhatComesBeforeTheLastSlash() {
        #expect(SitePaths.parent(of: "/tmp/site/articles/1/index.html") == "/tmp/site/articles/1")
        #expect(SitePaths.parent(of: "أخبار/١/index.html") == "أخبار/١")
        #expect(SitePaths.parent(of: "/index.html") == "/")
        #expect(SitePaths.parent(of: "index.html") == ".")
    }
}
