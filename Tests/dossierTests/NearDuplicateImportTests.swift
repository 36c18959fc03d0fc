import Foundation
import Testing

/// `dossier new article` warns when the text is probably a story already in the dossier,
/// republished by another site, and still imports it; a different report of the same event
/// draws no warning.
struct NearDuplicateImportTests {
    static let body = """
        أعلنت وزارة المياه الأردنية الأحد توقيع عقد مشروع الناقل الوطني لتحلية مياه البحر الأحمر ونقلها إلى عمّان، بكلفة تقارب ثلاثة مليارات دولار.

        وقال وزير المياه في مؤتمر صحفي إن المشروع سيوفر ثلاثمئة مليون متر مكعب من المياه سنوياً عند اكتماله، وإن الأعمال ستبدأ في الربع الأول من العام المقبل.

        وأضاف الوزير أن المشروع يُنفَّذ بنظام البناء والتشغيل ونقل الملكية، وأن ائتلافاً من شركات فرنسية وإماراتية سيتولى تنفيذه على مدى خمس سنوات.

        ويعاني الأردن من شح حاد في المياه، إذ يُصنَّف ضمن أفقر دول العالم مائياً، ويعتمد على المياه الجوفية التي تتراجع مستوياتها عاماً بعد عام.

        """

    /// The story as the first site shows it.
    static let original = """
        الرئيسية
        اقتصاد
        توقيع عقد مشروع الناقل الوطني للمياه في الأردن
        الأحد 19 يناير 2025
        \(body)
        شارك الخبر
        © 2025 جميع الحقوق محفوظة لصحيفة الرأي

        """

    /// The same story on another site: its own menus and footer, a sentence edited, one added.
    static let republished = """
        أخبار محلية
        الأردن يوقع عقد الناقل الوطني لتحلية مياه البحر الأحمر
        2025/01/19
        \(body.replacingOccurrences(of: "في مؤتمر صحفي", with: "خلال مؤتمر صحفي عقده في عمّان"))
        وكان مجلس الوزراء قد أقر المشروع في جلسته الأسبوع الماضي.
        اقرأ أيضاً
        جميع الحقوق محفوظة لموقع المملكة نيوز

        """

    /// Another report of the same event, written separately: names and figures shared, words not.
    static let otherReport = """
        الناقل الوطني: عقد بثلاثة مليارات لتأمين مياه الشرب
        19 يناير 2025
        وقّع الأردن الأحد عقداً مع ائتلاف دولي لإنشاء مشروع لتحلية مياه خليج العقبة وضخها شمالاً إلى العاصمة، في أكبر مشروع للبنية التحتية في تاريخ المملكة.
        ويتوقع خبراء أن يخفف المشروع أزمة المياه في الصيف، حين تُقطع الإمدادات عن بعض الأحياء أياماً متتالية.
        وتبلغ الكلفة نحو ثلاثة مليارات دولار، فيما يُنتظر أن ينتج المشروع ثلاثمئة مليون متر مكعب سنوياً.

        """

    @Test func republishedStoryIsImportedWithAWarningNamingTheArticle() throws {
        let (folder, source) = try DossierBinary.temporaryDossier()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.original.utf8).write(to: source.appendingPathComponent("articles/000_alrai.txt"))
        let input = folder.appendingPathComponent("republished.txt")
        try Data(Self.republished.utf8).write(to: input)

        let result = try DossierBinary.run(["new", "article", input.path, "--source", source.path, "--id", "copy"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: [near-duplicate]"), "\(result.stderr)")
        #expect(result.stderr.contains("articles/000_alrai.txt"))
        let percent = try #require(
            result.stderr.firstMatch(of: /(\d+)% of the word triples/).flatMap { Int($0.1) }, "\(result.stderr)")
        #expect((60...99).contains(percent))
        #expect(FileManager.default.fileExists(atPath: source.appendingPathComponent("articles/copy.txt").path))

        let other = folder.appendingPathComponent("other.txt")
        try Data(Self.otherReport.utf8).write(to: other)
        let separate = try DossierBinary.run(["new", "article", other.path, "--source", source.path, "--id", "other"])
        #expect(separate.status == 0, "\(separate.stderr)")
        #expect(!separate.stderr.contains("near-duplicate"), "\(separate.stderr)")
    }
}
