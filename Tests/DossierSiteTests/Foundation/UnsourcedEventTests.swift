import DossierModel
import Foundation
import Testing

@testable import DossierSite

/// A timeline event that rests on no passage is one error, `timeline-source-missing`, whether it
/// has no source keys at all or an empty `sources:` list (the loader used to report the first
/// case a second time under another code); one whose source is refused (a quote missing, a
/// source that is no mapping) is that one error, at its key.
@Suite struct UnsourcedEventTests {
    @Test func anEventWithoutAPassageIsOneError() async throws {
        let folder = try SiteTestPaths.temporaryFolder("unsourced-event")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("source")
        let fixture = SiteTestPaths.fixtures.appendingPathComponent("another-story").path
        try FileManager.default.copyItem(atPath: fixture, toPath: source.path)
        let timeline = """
            events:
              - date: "2021-03-04"
                title: no source keys
              - date: "2021-03-05"
                title: an empty list
                sources: []
              - date: "2021-03-06"
                title: an article without its quote
                article: r1
              - date: "2021-03-07"
                title: a list of ids
                sources: [r1]

            """
        try Data(timeline.utf8).write(to: source.appendingPathComponent("timeline.yml"))
        let diagnostics = try await SiteBuilder(sourceFolder: source.path, templatesFolder: SiteTestPaths.templates)
            .check().diagnostics.filter { $0.location?.path.hasSuffix("timeline.yml") == true }
        #expect(
            diagnostics.map(\.code) == [.timelineSourceMissing, .timelineSourceMissing, .missingKey, .yamlNotMapping],
            "\(diagnostics)")
        #expect(diagnostics.map { $0.location?.line } == [2, 4, 7, 12])
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.fix != nil })
    }
}
