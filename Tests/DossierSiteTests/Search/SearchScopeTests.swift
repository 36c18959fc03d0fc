import Testing

@testable import DossierSite

/// The glob that tells Pagefind which pages to read: every page with search data, in as few
/// patterns as the site's folders allow.
struct SearchScopeTests {
    @Test func noPathsGiveNoGlob() {
        #expect(SearchScope.glob(of: [String]()) == nil)
    }

    /// The folders between the first and the file name become `*`; a page at the root or one
    /// folder down stays as it is.
    @Test(arguments: [
        ("articles/alpha/index.html", "articles/*/index.html"),
        ("notes/page/2/index.html", "notes/*/*/index.html"),
        ("notes/index.html", "notes/index.html"),
        ("index.html", "index.html"),
    ])
    func onePathGivesItsPattern(path: String, pattern: String) {
        #expect(SearchScope.glob(of: [path]) == pattern)
    }

    /// Paths of one folder share a pattern; several patterns are sorted, in braces.
    @Test func severalPatternsAreSortedInBraces() {
        let glob = SearchScope.glob(of: [
            "topics/x/index.html", "articles/b/index.html", "notes/index.html", "articles/a/index.html",
            "notes/page/3/index.html",
        ])
        #expect(glob == "{articles/*/index.html,notes/*/*/index.html,notes/index.html,topics/*/index.html}")
    }

    /// Content pages and the notes list carry search data; lists, the home page and the
    /// further pages of an actor's mentions do not.
    @Test func contentPagesAndNotesCarrySearchData() {
        let carrying: [Route] = [
            .article("a"), .actor("a"), .topic("t"), .outlet("o"), .notes, .paged(.notes, page: 2),
        ]
        let without: [Route] = [
            .home, .articleIndex, .actorIndex, .search, .timeline, .timelineYear(2024), .comparison,
            .paged(.actor("a"), page: 2), .paged(.articleIndex, page: 2), .articleData("a"), .notFound,
        ]
        #expect(carrying.allSatisfy(SearchScope.carriesSearchData))
        #expect(!without.contains(where: SearchScope.carriesSearchData))
    }
}
