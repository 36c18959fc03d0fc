import Foundation
import Testing

/// `dossier check --article`: one article's values and where they came from, every removed
/// line with the reason `new article` gave, and that article's diagnostics only.
struct CheckArticleTests {
    /// A page with furniture, a dateline on a Tuesday and «اليوم الخميس» in the body.
    static let page = """
        الرئيسية
        أخبار
        اقتصاد
        المجلس البلدي يقر خطة النقل بعد جلسة مطولة
        الثلاثاء 15 يونيو 2021
        عمّان - أقر المجلس البلدي اليوم الخميس خطة النقل الجديدة بعد نقاش استمر ساعات، وفق ما أعلن رئيسه في مؤتمر صحفي.

        وقال رئيس البلدية أمس إن الخطة ستنفذ على ثلاث مراحل تبدأ مطلع العام المقبل وتنتهي بعد عامين، بكلفة تتجاوز مئة مليون.

        شارك على فيسبوك

        """

    @Test func reportsOneArticleWithItsRemovedLinesAndDiagnostics() throws {
        let (folder, source, input) = try DossierBinary.initialisedDossier(page: Self.page)
        defer { try? FileManager.default.removeItem(at: folder) }
        let imported = try DossierBinary.run(["new", "article", input.path, "--source", source.path, "--id", "plan"])
        #expect(imported.status == 0, "\(imported.stderr)")

        for argument in ["plan", "articles/plan.txt", source.appendingPathComponent("articles/plan.yml").path] {
            let report = try DossierBinary.run(["check", "--source", source.path, "--article", argument])
            #expect(report.status == 0, "\(report.stderr)")
            let lines = report.stdout.split(separator: "\n").map(String.init)
            #expect(lines.first == "articles/plan.txt", "\(report.stdout)")
            #expect(
                lines.contains(
                    "  title: «المجلس البلدي يقر خطة النقل بعد جلسة مطولة» (from the sidecar; the same as detected in the text)"
                ))
            #expect(lines.contains { $0.hasPrefix("  language: ar (detected: ") }, "\(report.stdout)")
            #expect(
                lines.contains("  date: 2021-06-15 (from the sidecar; the same as detected in the text)"),
                "\(report.stdout)")
            #expect(lines.contains { $0.hasPrefix("  outlet: none") }, "\(report.stdout)")
            // «أمس» counts from the article's date; «اليوم الخميس» disagrees with it.
            #expect(lines.contains("  relative day, line 8: «أمس» → 2021-06-14"), "\(report.stdout)")
            #expect(
                lines.contains {
                    $0.hasPrefix(
                        "  relative day, line 6: «اليوم الخميس» has no date: it names a Thursday, but counted from the article's date it is 2021-06-15, a Tuesday"
                    )
                },
                "\(report.stdout)")
            // Every removed line, exactly as the sidecar's comments list it.
            let removed = lines.filter { $0.hasPrefix("    ") }.map { $0.dropFirst(4) }
            let commented = imported.stdout.split(separator: "\n").filter { $0.hasPrefix("#   ") }.map {
                $0.dropFirst(4)
            }
            #expect(!removed.isEmpty && removed == commented, "\(report.stdout)\n\(imported.stdout)")
            #expect(removed.contains { $0.hasPrefix("1 navigation: الرئيسية") }, "\(report.stdout)")
            // Only this article's diagnostics: the mismatch, not the example article's.
            #expect(
                report.stderr.contains("articles/plan.txt:6:1: warning: [relative-day-mismatch]"), "\(report.stderr)")
            #expect(!report.stderr.contains("000_example"), "\(report.stderr)")
            #expect(report.stdout.contains("dossier: checked article plan (0 errors, 1 warning)"), "\(report.stdout)")
        }

        let unknown = try DossierBinary.run(["check", "--source", source.path, "--article", "nothing"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no article `nothing`"), "\(unknown.stderr)")
        let json = try DossierBinary.run(["check", "--source", source.path, "--article", "plan", "--format", "json"])
        #expect(json.status != 0)
        // A path elsewhere names no article of the dossier, whatever its file name.
        for elsewhere in ["/nonexistent/dir/plan.txt", folder.appendingPathComponent("plan.txt").path] {
            let refused = try DossierBinary.run(["check", "--source", source.path, "--article", elsewhere])
            #expect(refused.status == 1)
            #expect(
                refused.stderr.contains("\(elsewhere) is not in the dossier's articles folder"), "\(refused.stderr)")
            #expect(!refused.stdout.contains("articles/plan.txt"))
        }
    }

    /// A page crediting its outlet in Arabic only: `new article` writes the id made from the
    /// name; `check --article` then says the sidecar's outlet is what the text gives, as it
    /// says «detected» without the sidecar, never that the text gives none.
    static let arabicCreditPage = """
        مجلس النواب ينتخب قائد الجيش رئيساً للجمهورية
        الخميس 9 يناير 2025
        انتخب مجلس النواب قائد الجيش رئيساً للجمهورية في الدورة الثانية من الاقتراع بعد جلسة طويلة في البرلمان.

        وقال نواب إن الجلسة شهدت نقاشاً حاداً قبل التصويت في الدورة الثانية التي حسمت النتيجة لصالحه.

        جميع الحقوق محفوظة © 2025 موقع الصفوة

        """

    @Test func theSidecarsOutletIsComparedWithTheOneTheTextGives() throws {
        let (folder, source, input) = try DossierBinary.initialisedDossier(page: Self.arabicCreditPage)
        defer { try? FileManager.default.removeItem(at: folder) }
        let imported = try DossierBinary.run(["new", "article", input.path, "--source", source.path, "--id", "vote"])
        #expect(imported.stdout.contains("outlet: al-sfwa"), "\(imported.stdout)")
        let report = try DossierBinary.run(["check", "--source", source.path, "--article", "vote"])
        let outlet = report.stdout.split(separator: "\n").first { $0.hasPrefix("  outlet:") }
        #expect(
            outlet?.hasPrefix("  outlet: al-sfwa (from the sidecar; the same as detected in the text: ") == true,
            "\(report.stdout)")
        #expect(outlet?.contains("gives none") == false)
    }
}
