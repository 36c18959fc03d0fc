import Testing

@testable import DossierRenderer

/// Snippets gathered under their article's title, shown once.
struct SnippetGroupTests {
    private func snippet(_ article: String, _ paragraph: Int) -> SnippetView {
        SnippetView(
            before: "قبل ", match: "ماسك", after: " بعد", href: "../articles/\(article)/#m-\(paragraph)",
            source: "عنوان <X>", placeLabel: "الفقرة \(paragraph)", sourceKey: article,
            sourceHref: "../articles/\(article)/")
    }

    @Test func consecutiveSnippetsOfOneArticleShareAHeading() {
        let groups = SnippetGroup.grouping([snippet("a", 1), snippet("a", 4), snippet("b", 2), snippet("a", 9)])
        #expect(groups.map(\.snippets.count) == [2, 1, 1])
        #expect(groups.map(\.href) == ["../articles/a/", "../articles/b/", "../articles/a/"])
        #expect(groups[0].titleHTML == #"عنوان &lt;<span dir="ltr" lang="en">X</span>&gt;"#)
        #expect(SnippetGroup.grouping([]).isEmpty)
    }
}
