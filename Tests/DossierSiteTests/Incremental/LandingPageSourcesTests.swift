import Foundation
import Testing

@testable import DossierSite

/// An actor's, topic's or outlet's pages are known unchanged by their sources
/// (`LandingPageSources`) when nothing they show changed: an article added about another actor
/// leaves them, while an edit to an article they show only through the timeline or a note makes
/// them again. Debug builds also build every page so taken and fail when it differs, and each
/// build is compared with a clean one.
@Suite(.serialized)
struct LandingPageSourcesTests {
    /// Two actors, each named in an article of its own, and a third named in none; the
    /// second's note and the second's and third's timeline event are on the first actor's
    /// article.
    private static func workspace() throws -> IncrementalWorkspace {
        let workspace = try IncrementalWorkspace("landing-sources")
        try workspace.write("title: ملف السدود\n", to: "dossier.yml")
        try workspace.write("ملف تجريبي.\n", to: "index.md")
        for (id, name, about) in [
            ("samir", "سمير الأحمد", "مهندس."), ("layla", "ليلى حسن", "وزيرة الري."), ("nabil", "نبيل يوسف", "مقاول."),
        ] {
            try workspace.write(
                "---\nname: \(name)\nkind: person\naliases: [\(name)]\n---\n\(about)\n", to: "actors/\(id).md")
        }
        try workspace.write(
            "سد جديد على النهر\n\nقال سمير الأحمد إن العمل في السد الجديد بدأ هذا الشهر قرب المدينة.\n",
            to: "articles/a1.txt")
        try workspace.write(
            "title: \"سد جديد على النهر\"\noutlet: unknown\npublished: \"2024-03-02\"\n", to: "articles/a1.yml")
        try workspace.write(
            "الوزيرة تزور الموقع\n\nزارت ليلى حسن موقع المشروع وتحدثت إلى العمال عن مواعيد التسليم.\n",
            to: "articles/a2.txt")
        try workspace.write(
            "title: \"الوزيرة تزور الموقع\"\noutlet: unknown\npublished: \"2024-03-05\"\n", to: "articles/a2.yml")
        try workspace.write(
            """
            events:
              - date: "2024-03"
                title: بدء العمل في السد
                article: a1
                quote: إن العمل في السد الجديد بدأ هذا الشهر
                actors: [layla, nabil]

            """, to: "timeline.yml")
        try workspace.write(
            "---\narticle: a1\nquote: بدأ هذا الشهر قرب المدينة\nactors: [layla]\n---\nلا تذكر المادة الوزيرة.\n",
            to: "notes/start.md")
        return workspace
    }

    @Test func anArticleAboutAnotherActorLeavesALandingPageToItsSources() async throws {
        let workspace = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        let (samir, layla) = ("actors/samir/index.html", "actors/layla/index.html")
        let first = try await workspace.buildAndCompare("first build")
        #expect(first.pagesTakenBySources.isEmpty)
        let unchanged = try await workspace.buildAndCompare("unchanged")
        #expect(unchanged.pagesTakenBySources.isSuperset(of: [samir, layla]))

        try workspace.write(
            "خبر آخر\n\nأكد سمير الأحمد أن السد سيفتتح في الصيف المقبل.\n", to: "articles/a3.txt")
        try workspace.write("title: \"خبر آخر\"\noutlet: unknown\npublished: \"2024-04-01\"\n", to: "articles/a3.yml")
        let added = try await workspace.buildAndCompare("article about the first actor")
        #expect(added.pagesTakenBySources.contains(layla), "\(added.pagesTakenBySources.sorted())")
        #expect(!added.pagesTakenBySources.contains(samir))
        #expect(added.writeSummary?.written.contains(samir) == true)
    }

    @Test func anArticleShownThroughTheTimelineOrANoteMakesTheLandingPageAgain() async throws {
        let workspace = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        try await workspace.buildAndCompare("first build")
        // The second and third actors' pages name the first article (its outlet unknown) by its
        // title, beside the note (the second's) and the timeline event (both), though that
        // article names neither.
        try workspace.write(
            "title: \"العمل يبدأ في السد\"\noutlet: unknown\npublished: \"2024-03-02\"\n", to: "articles/a1.yml")
        let retitled = try await workspace.buildAndCompare("first article's title")
        for page in ["actors/layla/index.html", "actors/nabil/index.html"] {
            #expect(!retitled.pagesTakenBySources.contains(page))
            #expect(retitled.writeSummary?.written.contains(page) == true, "\(page)")
            let html = try String(contentsOfFile: workspace.incremental + "/" + page, encoding: .utf8)
            #expect(html.contains("العمل يبدأ في السد"), "\(page)")
        }
    }

    /// A note card's model has its number among its article's notes (an actor's page names the
    /// article instead; the notes list shows the number): another note of that article moving
    /// from above it to below makes the landing page of its actor again, as a clean build
    /// makes it, though nothing of the card itself changed.
    @Test func anotherNoteMovingPastANoteMakesItsCardAgain() async throws {
        let workspace = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        try workspace.write(
            "سد جديد على النهر\n\nقال سمير الأحمد إن العمل في السد الجديد بدأ هذا الشهر قرب المدينة.\n\n"
                + "وأضاف أن المرحلة الأولى تنتهي قبل الشتاء.\n\nوذكر أن التمويل مضمون حتى نهاية المشروع.\n",
            to: "articles/a1.txt")
        try workspace.write(
            "---\narticle: a1\nquote: بدأ هذا الشهر قرب المدينة\n---\nملاحظة أولى.\n", to: "notes/early.md")
        try workspace.write(
            "---\narticle: a1\nquote: المرحلة الأولى تنتهي قبل الشتاء\nactors: [layla]\n---\nلا تذكر المادة الوزيرة.\n",
            to: "notes/start.md")
        try await workspace.buildAndCompare("first build")
        try workspace.write(
            "---\narticle: a1\nquote: التمويل مضمون حتى نهاية المشروع\n---\nملاحظة أولى.\n", to: "notes/early.md")
        let moved = try await workspace.buildAndCompare("the other note moved below")
        #expect(!moved.pagesTakenBySources.contains("actors/layla/index.html"))
    }
}
