import Testing

@testable import DossierLoader

extension OutletDetectorTests {
    /// A listed place and an agency joined by a hyphen with no space («حمص-سانا», as SANA prints
    /// its datelines) credit the agency, and the line is a byline, not the headline; a word
    /// joined so that is no place («طريق حلب-دمشق») stays one word of a headline.
    @Test(arguments: [
        ("حمص-سانا", "سانا"), ("ريف دمشق-سانا", "سانا"), ("نابلس-وفا", "وفا"), ("عمان-بترا", "بترا"),
    ])
    func aPlaceAndAnAgencyJoinedByAHyphen(_ credit: String, _ name: String) {
        let story = Self.waterStory
        #expect(Self.outlet([credit, "", story.lead, "", story.second]) == name)
        #expect(FurnitureClassifierTests.roles([story.headline, credit, story.lead, story.second])[credit] == "byline")
    }

    @Test func aHyphenAfterNoPlaceJoinsAWord() {
        let story = Self.waterStory
        let headline = "إغلاق طريق حلب-دمشق أمام الشاحنات"
        #expect(Self.outlet([headline, "", story.lead, "", story.second]) == nil)
        #expect(FurnitureClassifierTests.roles([headline, story.lead, story.second])[headline] == "title")
    }
}
