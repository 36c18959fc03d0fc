import DossierModel
import Testing

@testable import DossierLoader

extension PublicationDateChooserTests {
    /// An author's credit may open the dateline where a place would («كتبت: منى حسن في الأحد 8
    /// فبراير 2026 09:10 صباحاً - …», an aggregator's template): its date dates the story. The
    /// same credit with no dash after the date, or the date of a sentence the author wrote
    /// («كتب الوزير في 8 فبراير 2026 مقالا …»), is the story's.
    @Test func anAuthorsCreditOpensADateline() {
        for credit in ["كتبت: منى حسن في الأحد", "كتب : سامي الخطيب في", "بقلم سامي الخطيب"] {
            let lead = "\(credit) 8 فبراير 2026 09:10 صباحاً - " + Self.lead
            let date = Self.choose([Self.headline, lead, Self.second]).date.map(PublicationDateChooser.day)
            #expect(date == PartialDate(year: 2026, month: 2, day: 8), "\(lead)")
        }
        let undashed = "كتبت: منى حسن في 8 فبراير 2026 " + Self.lead
        #expect(Self.choose([Self.headline, undashed, Self.second]).date == nil)
        let sentence = "كتب الوزير في 8 فبراير 2026 مقالا عن الموازنة - " + Self.lead
        #expect(Self.choose([Self.headline, sentence, Self.second]).date == nil)
    }
}
