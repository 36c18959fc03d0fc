import Foundation
import Testing

@testable import DossierSite

/// The later pages of an actor's and a topic's lists are fingerprinted by their inputs
/// (`ListPageInputs`), not their models: each edit that such a page shows must render it
/// again, and every incremental build must match a clean one.
@Suite(.serialized)
struct KeyedListPageTests {
    static let count = 3 * SiteLists.entityArticlesPerPage + 4

    /// A dossier of `count` articles of one outlet, one a day, each naming one actor and one
    /// topic's term in three paragraphs: enough for three pages of each list.
    private static func workspace() throws -> IncrementalWorkspace {
        let workspace = try IncrementalWorkspace("keyed-lists")
        try workspace.write("title: ملف الهدنة\n", to: "dossier.yml")
        try workspace.write("ملف تجريبي.\n", to: "index.md")
        try workspace.write(
            "---\nname: عبد الفتاح البرهان\nkind: person\naliases: [عبد الفتاح البرهان, البرهان]\n---\nقائد الجيش.\n",
            to: "actors/burhan.md")
        try workspace.write("---\ntitle: الهدنة\nterms: [هدنة, الهدنة]\n---\nمقالة عن الهدنة.\n", to: "topics/truce.md")
        try workspace.write("---\nname: إذاعة السلام\n---\nإذاعة محلية.\n", to: "outlets/radio.md")
        for day in 0..<count {
            let id = String(format: "d%03d", day)
            let paragraphs = (1...3).map {
                "قال البرهان في اليوم \(day) إن الهدنة رقم \($0) ما زالت قائمة في المدينة."
            }
            try workspace.write(
                "خبر اليوم \(day) عن الهدنة\n\n" + paragraphs.joined(separator: "\n\n") + "\n",
                to: "articles/\(id).txt")
            try workspace.write(
                "title: \"خبر اليوم \(day) عن الهدنة\"\noutlet: radio\npublished: \"2024-\(String(format: "%02d", day / 28 + 1))-\(String(format: "%02d", day % 28 + 1))\"\n",
                to: "articles/\(id).yml")
        }
        return workspace
    }

    /// The files an incremental build of `workspace` wrote, once checked against a clean build.
    private static func written(_ workspace: IncrementalWorkspace, _ step: String) async throws -> Set<String> {
        Set(try await workspace.buildAndCompare(step).writeSummary?.written ?? [])
    }

    @Test func eachEditALaterListPageShowsRendersItAgain() async throws {
        let workspace = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        let first = try await Self.written(workspace, "first build")
        let actorPage = "actors/burhan/page/1/index.html"
        let topicPage = "topics/truce/page/1/index.html"
        #expect(first.contains(actorPage) && first.contains(topicPage))
        #expect(try await Self.written(workspace, "unchanged").isEmpty)

        // Each edit shows on the oldest page of both lists (day 0 is on it).
        let steps: [(String, String, String, String)] = [
            ("outlet name", "outlets/radio.md", "name: إذاعة السلام", "name: إذاعة السلام المحلية"),
            ("article title", "articles/d000.yml", "title: \"خبر اليوم 0 عن الهدنة\"", "title: \"خبر أول عن الهدنة\""),
            ("article text", "articles/d000.txt", "في اليوم 0 إن الهدنة رقم 1", "في اليوم الأول إن الهدنة رقم 1"),
            ("article date", "articles/d001.yml", "published: \"2024-01-02\"", "published: \"2024-01-03\""),
            ("site title", "dossier.yml", "title: ملف الهدنة", "title: ملف الهدنة في المدينة"),
        ]
        for (step, path, old, new) in steps {
            try workspace.edit(path, old, new)
            let written = try await Self.written(workspace, step)
            #expect(written.contains(actorPage), "\(step): \(written.sorted())")
            #expect(written.contains(topicPage), "\(step): \(written.sorted())")
        }
        // The actor's name is the title of its pages; the topic's pages do not show it.
        try workspace.edit("actors/burhan.md", "name: عبد الفتاح البرهان", "name: الفريق البرهان")
        let renamed = try await Self.written(workspace, "actor name")
        #expect(renamed.contains(actorPage), "\(renamed.sorted())")
        // A new newest article leaves the oldest pages as they were.
        try workspace.write("خبر جديد عن الهدنة\n\nقال البرهان إن الهدنة قائمة.\n", to: "articles/d999.txt")
        try workspace.write("title: \"خبر جديد\"\noutlet: radio\npublished: \"2024-12-30\"\n", to: "articles/d999.yml")
        let added = try await Self.written(workspace, "newest article")
        #expect(!added.contains(actorPage) && !added.contains(topicPage), "\(added.sorted())")
    }
}
