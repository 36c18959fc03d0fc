import DossierRenderer
import Testing

/// The short sticky box of an article lists its most counted actors and topics.
@Suite struct ArticleSidePanelTests {
    private func links(_ counts: [(String, Int)]) -> [CountedLink] {
        counts.map { CountedLink(label: $0.0, href: "../\($0.0)/", count: $0.1) }
    }

    @Test func theBoxKeepsTheMostCountedInTheirListOrderOnTies() {
        let actors = links([("a", 1), ("b", 7), ("c", 3), ("d", 7), ("e", 3)])
        let panel = ArticleSidePanel(actors: actors, topics: links([("t", 2)]), ambiguous: [], backlinks: [])
        #expect(panel.topActors.map(\.href) == ["../b/", "../d/", "../c/"])
        #expect(panel.topTopics.map(\.href) == ["../t/"])
        #expect(panel.actors.count == 5, "the full list keeps every actor")
    }

    @Test func shortListsAreShownWhole() {
        let panel = ArticleSidePanel(actors: links([("x", 0)]), topics: [], ambiguous: [], backlinks: [])
        #expect(panel.topActors.count == 1)
        #expect(panel.topTopics.isEmpty)
        #expect(panel.hasSummary)
        let backlinksOnly = ArticleSidePanel(actors: [], topics: [], ambiguous: [], backlinks: [])
        #expect(!backlinksOnly.hasSummary, "no box without actors or topics")
    }
}
