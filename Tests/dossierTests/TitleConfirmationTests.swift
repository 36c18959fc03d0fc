import Foundation
import Testing

/// A page without a headline: `new article` writes the lead's first sentence as the title,
/// marked unconfirmed, and `check` names the article until the editor confirms it.
struct TitleConfirmationTests {
    static let leadOnly = """
        أعلنت شركة الكهرباء الوطنية أمس جدولاً جديداً لقطع التيار في العاصمة، يبدأ العمل به مطلع الأسبوع المقبل ويستمر حتى نهاية الصيف. وقالت الشركة إن الجدول يهدف إلى تخفيف الضغط على الشبكة.

        وأضافت في بيان أن ساعات القطع لن تتجاوز أربع ساعات يومياً في أي حي، وأن المستشفيات ومحطات المياه مستثناة منه.

        ويشكو السكان منذ أشهر من انقطاعات طويلة ومفاجئة، فيما تقول الحكومة إن الأزمة ناتجة عن نقص الوقود اللازم لتشغيل المحطات.

        """

    @Test func leadTitleIsMarkedAndListedUntilConfirmed() throws {
        let (folder, source, input) = try DossierBinary.initialisedDossier(page: Self.leadOnly, pageName: "lead.txt")
        defer { try? FileManager.default.removeItem(at: folder) }

        let imported = try DossierBinary.run(["new", "article", input.path, "--source", source.path, "--id", "power"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(
            imported.stdout.contains(
                "title: \"أعلنت شركة الكهرباء الوطنية أمس جدولاً جديداً لقطع التيار في العاصمة\""),
            "\(imported.stdout)")
        #expect(imported.stdout.contains("\ntitle_confirmed: false\n"))

        let templates = DossierBinary.root.appendingPathComponent("Templates").path
        let check = ["check", "--source", source.path, "--templates", templates]
        let unconfirmed = try DossierBinary.run(check)
        #expect(unconfirmed.status == 0, "\(unconfirmed.stderr)")
        let line = try #require(imported.stdout.split(separator: "\n").firstIndex { $0 == "title_confirmed: false" })
        #expect(
            unconfirmed.stderr.contains("articles/power.yml:\(line + 1):1: warning: [title-unconfirmed]"),
            "\(unconfirmed.stderr)")

        let sidecar = source.appendingPathComponent("articles/power.yml")
        let confirmed = imported.stdout.replacingOccurrences(
            of: "title_confirmed: false", with: "title_confirmed: true")
        try Data(confirmed.utf8).write(to: sidecar)
        let after = try DossierBinary.run(check)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(!after.stderr.contains("title-unconfirmed"), "\(after.stderr)")

        // A value that is not yes or no is an error at its line, not a silent «confirmed».
        try Data(
            imported.stdout.replacingOccurrences(of: "title_confirmed: false", with: "title_confirmed: maybe").utf8
        )
        .write(to: sidecar)
        let bad = try DossierBinary.run(check)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("articles/power.yml:\(line + 1):1: error: [bad-value]"), "\(bad.stderr)")
    }

    /// The same page copied into `articles/` by hand, without a sidecar: its title is the
    /// lead's too, and is listed (`--strict` fails) until a sidecar gives a title or confirms it.
    @Test func leadTitleOfAPastedArticleIsListedUntilASidecarSettlesIt() throws {
        let (folder, source, _) = try DossierBinary.initialisedDossier(page: Self.leadOnly)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.leadOnly.utf8).write(to: source.appendingPathComponent("articles/power.txt"))
        let templates = DossierBinary.root.appendingPathComponent("Templates").path
        let check = ["check", "--source", source.path, "--templates", templates, "--strict"]
        let listed = try DossierBinary.run(check)
        #expect(listed.status == 1)
        #expect(listed.stderr.contains("articles/power.txt:1:1: warning: [title-unconfirmed]"), "\(listed.stderr)")
        for settled in ["title_confirmed: true\n", "title: جدول جديد لقطع الكهرباء في العاصمة\n"] {
            try Data(settled.utf8).write(to: source.appendingPathComponent("articles/power.yml"))
            let after = try DossierBinary.run(check)
            #expect(!after.stderr.contains("title-unconfirmed"), "\(settled): \(after.stderr)")
        }
    }
}
