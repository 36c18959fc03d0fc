import DossierModel
import Testing

@testable import DossierLoader

extension PublicationDateChooserTests {
    /// A reporter's dateline on its own line over the lead, a listed place and a colon, the
    /// reporter's name, then the date («عمان: هالة يوسف 14 مايو2023م», the year run into the
    /// month's name or not), dates the story and is no headline. A headline over the place and
    /// a colon keeps its role, and so does a line whose date is followed by more words.
    @Test func aReportersDatelineOverTheLeadDatesTheStory() {
        for dateline in ["عمان: هالة يوسف 14 مايو2023م", "الخرطوم : عادل بابكر 14 مايو 2023", "صنعاء: سالم 14/05/2023"]
        {
            let lines = [dateline, Self.lead, Self.second]
            let date = Self.choose(lines).date.map(PublicationDateChooser.day)
            #expect(date == PartialDate(year: 2023, month: 5, day: 14), "\(dateline)")
            #expect(FurnitureClassifierTests.roles(lines)[dateline] == "byline", "\(dateline)")
        }
        let headline = "عمان: النواب يقرون موازنة العام الجديد"
        #expect(FurnitureClassifierTests.roles([headline, Self.lead, Self.second])[headline] == "title")
        let longer = "عمان: هالة يوسف 14 مايو 2023 في جلسة طويلة"
        #expect(FurnitureClassifierTests.roles([longer, Self.lead, Self.second])[longer] != "byline")
    }
}
