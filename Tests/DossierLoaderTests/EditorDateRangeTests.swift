import DossierLoader
import DossierModel
import Foundation
import Testing

/// The years an editor may write: an article's `published:` is a news date (1800–2199), while a
/// timeline's `date:` may give a story's background centuries back; year 0 is refused in both.
struct EditorDateRangeTests {
    private func load(timelineDate: String, published: String? = nil) throws -> LoadResult {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-years-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.path + "/source"
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: FixturePaths.valid, toPath: source)
        let timeline = """
            events:
              - date: "\(timelineDate)"
                title: دخول العثمانيين القاهرة
                article: flood-derna
                quote: أطلقت الأمم المتحدة نداءً عاجلاً

            """
        try Data(timeline.utf8).write(to: URL(fileURLWithPath: source + "/timeline.yml"))
        if let published {
            let sidecar = source + "/articles/flood-derna.yml"
            let text = (try? String(contentsOfFile: sidecar, encoding: .utf8)) ?? ""
            let kept = text.split(separator: "\n").filter { !$0.hasPrefix("published:") }.joined(separator: "\n")
            try Data((kept + "\npublished: \(published)\n").utf8).write(to: URL(fileURLWithPath: sidecar))
        }
        return try DossierLoader.load(sourceFolder: source)
    }

    @Test func aTimelineMayReachBackCenturies() throws {
        let result = try load(timelineDate: "1517")
        #expect(!result.diagnostics.contains { $0.code == .badDate })
        #expect(result.dossier.timeline.map(\.date.year) == [1517])
    }

    @Test(arguments: ["0000", "9999-12-31"])
    func aTimelineYearOutOfRangeIsRefused(date: String) throws {
        let result = try load(timelineDate: date)
        #expect(result.diagnostics.filter { $0.code == .badDate }.map(\.location?.line) == [2])
    }

    @Test func anArticleIsNotPublishedCenturiesAgo() throws {
        let result = try load(timelineDate: "2024", published: "1517-01-01")
        let problems = result.diagnostics.filter { $0.code == .badDate }
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("outside 1800–2199") == true)
    }

    /// A day past the end of its month is said to be one, not "not an ISO date".
    @Test(arguments: [("2024-09-31", "month 9 has 30 days"), ("2023-02-29", "month 2 has 28 days")])
    func aDayPastTheMonthsEndIsNamed(published: String, says: String) throws {
        let result = try load(timelineDate: "2024", published: published)
        let problems = result.diagnostics.filter { $0.code == .badDate }
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("has no such day: " + says) == true, "\(problems)")
        #expect(
            try load(timelineDate: "2024", published: "2024-02-29").diagnostics.filter { $0.code == .badDate }.isEmpty)
    }
}
