/// The Arabic words of the timeline, search, comparison and 404 pages and of the charts;
/// templates read it as `labels` on those pages (stored properties: templates use `Mirror`).
public struct ExtraStrings: Sendable, Hashable, Encodable {
    /// The strings the site is built with.
    public static let arabic = ExtraStrings()

    public let timelineTitle = "الخط الزمني"
    public let timelineIntro =
        "أحداث القصة مرتّبة زمنيًا، وتواريخ نشر المقالات؛ كل حدث يشير إلى الفقرات التي يستند إليها."
    public let timelineEmpty = "لا أحداث مؤرّخة بعد."
    public let timelineChartTitle = "الأحداث عبر السنين"
    public let timelineChartDescription = "عدد الأحداث المؤرّخة وتواريخ النشر في كل سنة."
    public let eventKind = "حدث"
    public let publicationKind = "نشر مقال"
    public let restsOn = "يستند إلى:"
    public let paragraph = "الفقرة"
    public let actorsInvolved = "الفاعلون:"
    public let eventsTitle = "في الخط الزمني"
    public let years = "السنوات"

    public let searchTitle = "البحث"
    public let searchIntro =
        "ابحث في نصوص المقالات وملفات الفاعلين والمواضيع والملاحظات. يُطابق البحث الكلمة مع السوابق (و، ل، ب، ال) ومن دون تشكيل أو همزات."
    public let searchLabel = "كلمة البحث"
    public let searchButton = "ابحث"
    public let searchFilters = "تصفية النتائج"
    /// The count line of the search results, in the forms of `ArabicCount`.
    public let searchResults = ArabicCount(one: "نتيجة واحدة", two: "نتيجتان", few: "نتائج", many: "نتيجة")
    /// The button under the results that shows the next batch.
    public let searchMore = "عرض مزيد من النتائج"
    public let searchNeedsScript = "يحتاج البحث إلى تفعيل جافاسكربت في المتصفح."

    public let comparisonTitle = "مقارنة التغطية"
    public let comparisonIntro =
        "فقرات تنقل الخبر نفسه في أكثر من مقال، بالنص أو بإعادة الصياغة. كل صف ادعاء، وكل عمود مقال؛ الخلية تشير إلى الفقرة التي تحمل الادعاء، مع درجة التشابه."
    public let comparisonEmpty = "لم يُعثر على فقرات مشتركة بين المقالات."
    public let claim = "الادعاء"
    public let sharedWords = "كلمات مشتركة:"
    public let notCarried = "—"
    public let score = "درجة التشابه"
    public let alsoReportedBy = "ورد أيضًا في"
    public let mentionsChartTitle = "الإشارات إلى الفاعلين في كل منفذ"
    public let mentionsChartDescription = "عدد مرات ذكر كل فاعل في مقالات كل منفذ إعلامي، لأكثر الفاعلين ذكرًا."
    public let networkChartTitle = "شبكة الفاعلين المذكورين معًا"
    public let networkChartDescription =
        "أقوى الصلات بين الفاعلين الأكثر ذكرًا: كل خط يصل فاعلَين ذُكرا في الفقرة نفسها، ويزداد سمكه بعدد الفقرات المشتركة."
    /// Shown on phones above a chart wider than the screen.
    public let chartScrollHint = "اسحب الرسم أفقيًا لرؤيته كاملًا."
    /// Shown on phones above the comparison table, which is wider than the screen.
    public let tableScrollHint = "اسحب الجدول أفقيًا لرؤية كل المنافذ؛ عمود الادعاء يبقى ظاهرًا."
    public let chartTableSummary = "البيانات نفسها في جدول"

    public let feedTitle = "آخر المقالات والملاحظات (Atom)"
}
