import DossierModel
import Testing

@testable import DossierLoader

extension PublicationDateChooserTests {
    private static let heatHeadline = "موجة حر تضرب المناطق الساحلية حتى نهاية الأسبوع"
    private static func heatLead(_ day: String) -> String {
        "أعلنت هيئة الأرصاد \(day) أن موجة حر ستضرب المناطق الساحلية حتى نهاية الأسبوع، مع درجات حرارة تتجاوز الأربعين."
    }
    private static let heatSecond =
        "ودعت الهيئة السكان إلى تجنب التعرض للشمس في ساعات الظهيرة، وإلى شرب كميات كافية من الماء."

    /// A date above the headline («السبت 18 مايو 2024», under a ticker's «عاجل») is the site's
    /// when the lead names a weekday two days or more away from it («اليوم الأربعاء»): no date
    /// is taken, and the finding says why. A lead that agrees with it, or is a day off (a story
    /// written late, a morning paper's «اليوم»), leaves it the article's.
    @Test func aHeaderDateTheLeadsWeekdayContradictsIsNotTheArticles() {
        func choice(_ day: String) -> PublicationDateChooser.Choice {
            Self.choose([
                "عاجل", "السبت 18 مايو 2024", "", Self.heatHeadline, "", Self.heatLead(day), "", Self.heatSecond,
            ])
        }
        let refuted = choice("اليوم الأربعاء")
        #expect(refuted.date == nil)
        #expect(refuted.findings.contains { if case .refutedByLead = $0 { true } else { false } })
        let saturday = PartialDate(year: 2024, month: 5, day: 18)
        for agreeing in ["اليوم السبت", "أمس الجمعة", "اليوم الأحد", "صباح اليوم"] {
            #expect(choice(agreeing).date == saturday, "\(agreeing)")
        }
    }

    /// The date under the headline is the article's whatever the lead says: only a date above
    /// it, where sites print their clock, is judged by the lead's weekday.
    @Test func aDateUnderTheHeadlineIsNotJudgedByTheLeadsWeekday() {
        let date = Self.choose([
            Self.heatHeadline, "السبت 18 مايو 2024", "", Self.heatLead("اليوم الأربعاء"), "", Self.heatSecond,
        ]).date
        #expect(date == PartialDate(year: 2024, month: 5, day: 18))
    }

    /// The Libyan and Iraqi agencies' datelines run into the lead («(وال)», «(واع)») date it.
    @Test(arguments: ["طرابلس 5 مارس 2026 (وال)- ", "بغداد 5 مارس 2026 (واع) - "])
    func anArabAgencysDatelineInTheLeadDatesIt(_ dateline: String) {
        let date = Self.choose([Self.headline, "", dateline + Self.lead, "", Self.second]).date
        #expect(date == PartialDate(year: 2026, month: 3, day: 5))
    }
}
