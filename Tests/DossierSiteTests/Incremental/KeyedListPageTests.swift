import Foundation
import Testing

@testable import DossierSite

/// The later pages of an actor's and a topic's lists are fingerprinted by their inputs
/// (`ListPageInputs`), not their models: each edit that such a page shows must render it
/// again, and every incremental build must match a clean one.
@Suite(.serialized)
struct KeyedListPageTests {
    /// A dossier of `count` articles of one outlet, one a day, each naming one actor and one
    /// topic's term in three paragraphs: enough for three pages of each list.
    private struct Workspace {
        static let count = 3 * SiteLists.entityArticlesPerPage + 4
        let folder: URL
        var source: URL { folder.appendingPathComponent("source") }
        var incremental: String { folder.appendingPathComponent("site").path }
        var clean: String { folder.appendingPathComponent("clean").path }

        init() throws {
            folder = try SiteTestPaths.temporaryFolder("keyed-lists")
            try write("title: ملف الهدنة\n", to: "dossier.yml")
            try write("ملف تجريبي.\n", to: "index.md")
            try write(
                "---\nname: عبد الفتاح البرهان\nkind: person\naliases: [عبد الفتاح البرهان, البرهان]\n---\nقائد الجيش.\n",
                to: "actors/burhan.md")
            try write("---\ntitle: الهدنة\nterms: [هدنة, الهدنة]\n---\nمقالة عن الهدنة.\n", to: "topics/truce.md")
            try write("---\nname: إذاعة السلام\n---\nإذاعة محلية.\n", to: "outlets/radio.md")
            for day in 0..<Self.count {
                let id = String(format: "d%03d", day)
                let paragraphs = (1...3).map {
                    "قال البرهان في اليوم \(day) إن الهدنة رقم \($0) ما زالت قائمة في المدينة."
                }
                try write(
                    "خبر اليوم \(day) عن الهدنة\n\n" + paragraphs.joined(separator: "\n\n") + "\n",
                    to: "articles/\(id).txt")
                try write(
                    "title: \"خبر اليوم \(day) عن الهدنة\"\noutlet: radio\npublished: \"2024-\(String(format: "%02d", day / 28 + 1))-\(String(format: "%02d", day % 28 + 1))\"\n",
                    to: "articles/\(id).yml")
            }
        }

        func write(_ text: String, to relativePath: String) throws {
            let url = source.appendingPathComponent(relativePath)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func edit(_ relativePath: String, _ old: String, _ new: String) throws {
            let url = source.appendingPathComponent(relativePath)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(old), "\(relativePath) holds \(old)")
            try write(text.replacingOccurrences(of: old, with: new), to: relativePath)
        }

        /// Builds incrementally and cleanly; checks both wrote the same files and returns the
        /// files the incremental build wrote.
        func buildAndCompare(_ step: String) async throws -> Set<String> {
            let report = try await SiteBuilder(sourceFolder: source.path).build(outputFolder: incremental)
            #expect(!report.failed, "\(step): \(report.diagnostics)")
            var cleanBuilder = SiteBuilder(sourceFolder: source.path)
            cleanBuilder.clean = true
            try await cleanBuilder.build(outputFolder: clean)
            let incrementalFiles = try SiteTestPaths.snapshot(of: URL(fileURLWithPath: incremental))
            let cleanFiles = try SiteTestPaths.snapshot(of: URL(fileURLWithPath: clean))
            #expect(incrementalFiles.keys.sorted() == cleanFiles.keys.sorted(), "\(step): different file lists")
            let differing = cleanFiles.keys.filter { incrementalFiles[$0] != cleanFiles[$0] }.sorted()
            #expect(differing.isEmpty, "\(step): files differ from a clean build: \(differing)")
            return Set(report.writeSummary?.written ?? [])
        }
    }

    @Test func eachEditALaterListPageShowsRendersItAgain() async throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        let first = try await workspace.buildAndCompare("first build")
        let actorPage = "actors/burhan/page/1/index.html"
        let topicPage = "topics/truce/page/1/index.html"
        #expect(first.contains(actorPage) && first.contains(topicPage))
        #expect(try await workspace.buildAndCompare("unchanged").isEmpty)

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
            let written = try await workspace.buildAndCompare(step)
            #expect(written.contains(actorPage), "\(step): \(written.sorted())")
            #expect(written.contains(topicPage), "\(step): \(written.sorted())")
        }
        // The actor's name is the title of its pages; the topic's pages do not show it.
        try workspace.edit("actors/burhan.md", "name: عبد الفتاح البرهان", "name: الفريق البرهان")
        let renamed = try await workspace.buildAndCompare("actor name")
        #expect(renamed.contains(actorPage), "\(renamed.sorted())")
        // A new newest article leaves the oldest pages as they were.
        try workspace.write("خبر جديد عن الهدنة\n\nقال البرهان إن الهدنة قائمة.\n", to: "articles/d999.txt")
        try workspace.write("title: \"خبر جديد\"\noutlet: radio\npublished: \"2024-12-30\"\n", to: "articles/d999.yml")
        let added = try await workspace.buildAndCompare("newest article")
        #expect(!added.contains(actorPage) && !added.contains(topicPage), "\(added.sorted())")
    }
}
