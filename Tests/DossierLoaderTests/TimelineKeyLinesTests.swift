import DossierLoader
import DossierModel
import Foundation
import Testing

/// A timeline entry keeps the lines of its `actors:` and `topics:`, so that a problem with one
/// of their ids is reported there, not at the entry's `- date:` line.
struct TimelineKeyLinesTests {
    /// The first lines of an entry on the fixture's flood article, its keys on lines 2 to 5.
    private static let floodEntry = """
        events:
          - date: "2023-09-11"
            title: الفيضان
            article: flood-derna
            quote: أطلقت الأمم المتحدة نداءً عاجلاً

        """

    /// The first entry of `timeline` as the loader reads it, in a copy of the valid fixture.
    private func firstEvent(of timeline: String) throws -> TimelineEvent {
        let (folder, source) = try FixturePaths.copyOfValid("keylines")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(timeline.utf8).write(to: URL(fileURLWithPath: source + "/timeline.yml"))
        return try #require(try DossierLoader.load(sourceFolder: source).dossier.timeline.first)
    }

    @Test func actorsAndTopicsKeepTheirLines() throws {
        let timeline =
            Self.floodEntry + """
                    actors: [nobody]
                    topics: [nothing]

                """
        let event = try firstEvent(of: timeline)
        #expect(event.location.line == 2)
        #expect(event.location(ofKey: "actors").line == 6)
        #expect(event.location(ofKey: "topics").line == 7)
        #expect(event.location(ofKey: "sources") == event.location)
    }

    /// A passage, actor or topic an entry names twice is kept once, in first-named order.
    @Test func whatAnEntryNamesTwiceIsKeptOnce() throws {
        let timeline =
            Self.floodEntry + """
                    sources:
                      - {article: flood-derna, quote: أطلقت الأمم المتحدة نداءً عاجلاً}
                      - {article: book-fair, quote: معرض الكتاب}
                    actors: [b, a, b]
                    topics: [t, t]

                """
        let event = try firstEvent(of: timeline)
        #expect(event.sources.map(\.article) == ["flood-derna", "book-fair"])
        #expect(event.actors == ["b", "a"] && event.topics == ["t"])
    }
}
