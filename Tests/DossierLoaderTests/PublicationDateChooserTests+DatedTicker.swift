import DossierModel
import Testing

@testable import DossierLoader

extension PublicationDateChooserTests {
    /// A widget of other stories above the headline, each dated on the line under it, on one
    /// day («رائج الآن», then three headlines and «2026-03-07» under each), dates none of the
    /// story under it; a date printed once above the headline still does.
    @Test func datesUnderAWidgetsStoriesDateNoneOfThePage() {
        let widget = [
            "الأكثر قراءة", "", "الأمطار الغزيرة تغلق الطرق الجبلية في الشمال", "", "2025-11-02", "",
            "منتخب الناشئين يبلغ نهائي البطولة الإقليمية", "", "2025-11-02", "",
            "افتتاح معرض الكتاب بمشاركة مئتي دار نشر", "", "2025-11-02", "",
        ]
        #expect(Self.choose(widget + [Self.headline, "", Self.lead, "", Self.second]).date == nil)
        #expect(
            Self.choose(["2025-11-02", "", Self.headline, "", Self.lead, "", Self.second]).date
                == PartialDate(year: 2025, month: 11, day: 2))
    }

    /// A time set apart from the date by a spaced dash under the headline («11:42 - 2025-04-10»)
    /// dates the story.
    @Test(arguments: ["11:42 - 2025-04-10", "09:05 – 10-04-2025"])
    func aTimeBeforeTheDateUnderTheHeadline(_ stamp: String) {
        let date = Self.choose([Self.headline, stamp, Self.lead, Self.second]).date
        #expect(date.map(PublicationDateChooser.day) == PartialDate(year: 2025, month: 4, day: 10))
    }
}
