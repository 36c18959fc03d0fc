import DossierModel
import Testing

@testable import DossierLoader

extension PublicationDateChooserTests {
    static let third =
        "وأضاف أن الحكومة ستعرض على المجلس خلال أسبوعين قانونا للضرائب يوزع العبء بين الشركات والأفراد بعدل أكبر."
    /// Another story, appended to the page under the budget story: its headline, its dateline
    /// and credit, and its paragraphs.
    static let appended = [
        "أسعار الذهب تتراجع في الأسواق المحلية للأسبوع الثالث",
        "الأحد 12 أكتوبر 2025 - 10:15 صباحاً",
        "القاهرة - وكالات",
        "تراجعت أسعار الذهب في الأسواق المحلية للأسبوع الثالث على التوالي، مع ارتفاع الدولار وتراجع الطلب على المشغولات.",
        "وقال تجار الذهب إن سعر الغرام من عيار واحد وعشرين انخفض بنحو اثنين في المئة منذ بداية الشهر الجاري.",
        "ويتوقع التجار أن تستقر أسعار الذهب قبل موسم الأعراس، حين يرتفع الطلب على المشغولات عادة.",
    ]

    /// A story with no date of its own, another article appended under it (as pages scrolling
    /// on to the next story are pasted): the other article's dateline dates that article, so
    /// the story has no date. The same dateline under the story's last paragraph, with no
    /// other story after it, is the story's own.
    @Test func theDatelineOfAnAppendedStoryDatesThatStory() {
        let story = [Self.headline, Self.lead, Self.second, Self.third]
        #expect(Self.choose(story + Self.appended).date == nil)
        let ownDateline = Self.choose(story + ["نشر في: الأحد 12 أكتوبر 2025 - 10:15 صباحاً"]).date
        #expect(ownDateline.map(PublicationDateChooser.day) == PartialDate(year: 2025, month: 10, day: 12))
    }
}
