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

    /// The next page pasted under the story opens with the site's top bar: its date over the
    /// masthead's credits, or beside the weather, which the site prints on every page, then the
    /// appended article. That date is neither story's. Without another story under it, the same
    /// date over a footer's credits is still read as the story's.
    @Test func theTopBarOfAPagePastedUnderTheStoryDatesNeither() {
        let story = [Self.headline, Self.lead, Self.second, Self.third]
        // The appended article without a dateline of its own: its headline, credit and text.
        let undated = Self.appended.filter { !$0.hasPrefix("الأحد 12 أكتوبر") }
        let masthead = ["الخميس 02 مايو 2024", "رئيس التحرير", "محمود حسن"]
        let weather = ["الثلاثاء, يناير 13, 2026", "10.4 C", "Tunisia"]
        for bar in [masthead, weather] {
            let page = story + bar + undated
            #expect(Self.choose(page).date == nil, "\(bar)")
        }
        let footer = Self.choose(story + masthead).date.map(PublicationDateChooser.day)
        #expect(footer == PartialDate(year: 2024, month: 5, day: 2))
    }

    /// A «last updated» line between the story and another one appended under it, with no
    /// blank line between it and the appended headline, is that story's header: the story has
    /// no date. Under the story's last paragraph with a blank line before the appended
    /// headline, or over a page's labels, it closes the story and dates it.
    @Test func aLastUpdateRightAboveTheAppendedHeadlineDatesThatStory() {
        let story = [Self.headline, "", Self.lead, "", Self.second, "", Self.third]
        let undated = Self.appended.filter { !$0.hasPrefix("الأحد 12 أكتوبر") }
        let update = "آخر تحديث: الأحد 12 أكتوبر 2025 - 10:15"
        let over = [""] + [update] + undated.prefix(1) + [""] + undated.dropFirst().flatMap { [$0, ""] }
        #expect(Self.choose(story + over).date == nil)
        let closing = [update, ""] + undated.prefix(1) + [""] + undated.dropFirst().flatMap { [$0, ""] }
        let date = Self.choose(story + closing).date.map(PublicationDateChooser.day)
        #expect(date == PartialDate(year: 2025, month: 10, day: 12))
        // Over a page's labels and widgets, which tell no story, it is the story's.
        let widgets = ["", "تاريخ الخبر: 2025-10-12 10:15", "التصنيف: اقتصاد", "الأهمية: 52%", "", "المزيد من الأخبار"]
        let labelled = Self.choose(story + widgets).date.map(PublicationDateChooser.day)
        #expect(labelled == PartialDate(year: 2025, month: 10, day: 12))
    }
}
