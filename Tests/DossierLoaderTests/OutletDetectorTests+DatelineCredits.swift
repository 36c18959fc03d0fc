import Testing

@testable import DossierLoader

/// Credits on the dateline's line: a site crediting itself before the date, a publication in
/// the reporter's place.
extension OutletDetectorTests {
    /// A site's name and a credit naming no outlet in parentheses, alone or after the name and
    /// a dash, before a colon and the date, name the site; a place or a reporter before the
    /// date, or a name and another name, name none.
    @Test func siteCreditingItselfBeforeTheDate() {
        let credit = OutletDetector.datedSelfCredit
        #expect(credit("صوت المهجر - صوت المهجر(متابعات) : الأحد, 12 مارس, 2023 - 09:15 مساءً")?.name == "صوت المهجر")
        #expect(credit("نبض الجنوب (خاص): 3 يناير 2024")?.name == "نبض الجنوب")
        #expect(credit("صدى المدينة/متابعات: الثلاثاء 5 أبريل 2022")?.name == "صدى المدينة")
        #expect(credit("عدن (خاص): 3 يناير 2024") == nil)
        #expect(credit("صوت المهجر - سامي العلي(متابعات) : الأحد, 12 مارس, 2023") == nil)
        #expect(credit("صوت المهجر(متابعات) : اقرأ المزيد") == nil)
        let (headline, lead, second) = Self.waterStory
        let dateline = "صوت المهجر - صوت المهجر(متابعات) : الأحد, 12 مارس, 2023 - 09:15 مساءً"
        #expect(Self.outlet([headline, dateline, headline, "", lead, "", second]) == "صوت المهجر")
    }

    /// A credit naming no outlet may be two joined by «و» («أخبار ومتابعات»), over the lead or
    /// between the standfirst and the lead; «أخبار» alone after a place is a section.
    @Test func selfCreditWithTwoJoinedCredits() {
        #expect(OutletDetector.selfCredit("*صوت الحي: أخبار ومتابعات")?.name == "صوت الحي")
        #expect(OutletDetector.selfCredit("الميدان | تقارير ووكالات")?.name == "الميدان")
        #expect(OutletDetector.selfCredit("الميدان | أخبار") == nil)
        #expect(OutletDetector.selfCredit("الميدان | أخبار وآراء") == nil)
        let (headline, lead, second) = Self.waterStory
        let standfirst = "المحافظ يتفقد محطات الضخ الجديدة في القضاء الجنوبي برفقة وفد من الوزارة."
        #expect(
            Self.outlet([headline, "", standfirst, "", "*صوت الحي: أخبار ومتابعات", "", lead, "", second]) == "صوت الحي"
        )
    }

    /// A brand's or a publication's name after «كتب:» in the byline is the paper crediting its
    /// newsroom; a person's name there names no outlet.
    @Test func publicationNamedInTheReportersPlace() {
        let credit = OutletDetector.reporterCreditNamingOutlet
        #expect(credit("الأحد 01-11-2015 23:24 | كتب: الوطن اليوم |")?.name == "الوطن اليوم")
        #expect(credit("كتب: بوابة الشروق")?.name == "بوابة الشروق")
        #expect(credit("الأحد 01-11-2015 23:24 | كتب: محمود السيد |") == nil)
        #expect(credit("كتبت: هدى عبد الله") == nil)
        // «أعداد» (a paper's issues) is spelt as «إعداد» (prepared by) without its hamza.
        #expect(credit("أعداد جريدة الشروق") == nil)
        let (headline, lead, second) = Self.waterStory
        #expect(
            Self.outlet([headline, "", "الأحد 01-11-2015 23:24 | كتب: الوطن اليوم |", "", lead, "", second])
                == "الوطن اليوم")
        #expect(
            Self.outlet([headline, "", "الأحد 01-11-2015 23:24 | كتب: محمود السيد |", "", lead, "", second]) == nil)
    }
}

extension OutletDetectorTests {
    /// A paper's menu link to today's issue («عدد اليوم», printed twice in its header) names
    /// no outlet, though «اليوم» after a name makes a brand («المدينة اليوم»).
    @Test func aLinkToTodaysIssueIsNoBrand() {
        let (headline, lead, second) = Self.waterStory
        let header = ["مواقيت الصلاة", "أبرز الأخبار", "عدد اليوم", "عدد اليوم", ""]
        #expect(Self.outlet(header + [headline, "", "12 مايو 2019 10:15", lead, "", second]) == nil)
        #expect(OutletBrand.credited(byLine: "عدد اليوم") == nil)
        #expect(OutletBrand.credited(byLine: "المدينة اليوم") == "المدينة اليوم")
    }
}
