import Testing

@testable import DossierLoader

/// Headlines the page's furniture around them hid: a section named for a country above them, a
/// headline opening with «نشرة» (a bulletin, whose key is a byline's «نشره»), and one ending
/// with a full stop under the site's masthead.
extension FurnitureClassifierTests {
    private static let powerLead =
        "أعلنت الشركة العامة للكهرباء اليوم أن العجز في الشبكة بلغ ألف ميغاواط، وأن ساعات طرح الأحمال سترتفع إلى ست ساعات في اليوم خلال موجة الحر."

    /// «أخبار ليبيا», «اخبار عدن»: a section named for a place is navigation, and the line under
    /// it, a bulletin's headline over its dateline, is the title.
    @Test(arguments: ["أخبار ليبيا", "اخبار عدن", "أخبار السودان"])
    func aSectionNamedForAPlaceIsNavigation(_ section: String) {
        let headline = "نشرة أسعار الخضروات في أسواق العاصمة هذا الأسبوع"
        let roles = Self.roles([section, headline, "نشر في: 08/07/2018 - 12:11", Self.powerLead, Self.second])
        #expect(roles[section] == "navigation")
        #expect(roles[headline] == "title")
        #expect(roles["نشر في: 08/07/2018 - 12:11"] == "byline")
    }

    /// A headline its site ends with a full stop, under the masthead and over an empty
    /// «نشر بتاريخ:», is the title; the masthead, which shares no word with the lead, is not.
    @Test func aHeadlineWithAFullStopUnderTheMasthead() {
        let headline = "الوزير يتفقد أعمال صيانة الطريق الساحلي."
        let lead =
            "تفقد وزير المواصلات اليوم أعمال صيانة الطريق الساحلي بين المدينتين، واطلع على نسب الإنجاز في المراحل الثلاث من المشروع."
        let roles = Self.roles([
            "وكالة الأنباء الوطنية", "", headline, "", "نشر بتاريخ:", "", lead, "", Self.second,
        ])
        #expect(roles[headline] == "title")
        #expect(roles["وكالة الأنباء الوطنية"] != "title")
        #expect(roles[lead] == "body")
        // A short first paragraph under a headline stays the story's.
        let under = Self.roles([Self.headline, "", headline, "", lead, "", Self.second])
        #expect(under[Self.headline] == "title")
        #expect(under[headline] == "body")
    }
}
