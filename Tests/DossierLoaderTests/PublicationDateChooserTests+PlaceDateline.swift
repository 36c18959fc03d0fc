import DossierModel
import Testing

@testable import DossierLoader

extension PublicationDateChooserTests {
    /// A place's dateline on its own line over the lead, a listed place, a dash and the date
    /// alone («بنغازي – الأحد 14 مايو 2023»), dates the story and is no headline.
    @Test(arguments: ["بنغازي – الأحد 14 مايو 2023", "عمان - 14/05/2023", "الدوحة — الأحد 14 مايو 2023 م"])
    func aPlacesDatelineOverTheLeadDatesTheStory(_ dateline: String) {
        let lines = [dateline, Self.lead, Self.second]
        #expect(Self.choose(lines).date.map(PublicationDateChooser.day) == PartialDate(year: 2023, month: 5, day: 14))
        #expect(FurnitureClassifierTests.roles(lines)[dateline] == "byline")
    }

    /// A headline that goes on with words after a place and a dash keeps its role, a date in
    /// it or not.
    @Test func aHeadlineAfterAPlaceAndADashStaysTheTitle() {
        let headline = "غزة – قصف على رفح وخان يونس الأحد 14 مايو 2023"
        #expect(FurnitureClassifierTests.roles([headline, Self.lead, Self.second])[headline] == "title")
    }
}
