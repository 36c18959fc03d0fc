import Testing

@testable import DossierLoader

extension FurnitureClassifierTests {
    /// A columnist's name under an honorific above the headline («د. كريم منصور», «الدكتورة
    /// سعاد الحسن») is no headline: the headline under it is the title, though an opinion's
    /// headline shares no word with its lead.
    @Test(arguments: ["د. كريم منصور", "الدكتورة سعاد الحسن", "المهندس فادي عبد الله"])
    func aColumnistsNameIsNoRivalOfTheHeadline(_ name: String) {
        let headline = "حين تتأخر المدن عن أحلامها"
        let roles = Self.roles([name, "", headline, "", Self.budgetLead, "", Self.budgetSecond])
        #expect(roles[headline] == "title")
        #expect(roles[name] != "title")
    }

    /// A short headline opening with a person's honorific, whom the lead names, is the title,
    /// not a columnist's name: «الدكتور مصطفى مدبولي يفتتح» over «افتتح … الدكتور مصطفى
    /// مدبولي …».
    @Test func aShortHeadlineNamingThePersonOfTheLeadIsTheTitle() {
        let headline = "الدكتور مصطفى مدبولي يفتتح"
        let roles = Self.roles([
            "الرئيسية", headline,
            "القاهرة - افتتح رئيس مجلس الوزراء الدكتور مصطفى مدبولي اليوم مصنعاً جديداً للأسمدة في محافظة أسيوط، بحضور عدد من الوزراء.",
            "وقال مدبولي إن المصنع يوفر ألفي فرصة عمل مباشرة، ويسهم في تقليل الواردات من الأسمدة خلال السنوات المقبلة.",
        ])
        #expect(roles[headline] == "title")
    }

    /// The heading of a widget of other stories under the text («أهم الأخبار», «أبرز الأخبار»)
    /// sets aside the headlines under it, with a teaser's paragraph after them.
    @Test(arguments: ["أهم الأخبار", "أبرز الاخبار"])
    func aTopNewsWidgetUnderTheTextIsFurniture(_ heading: String) {
        let teaser = "منتخب الناشئين يبلغ نهائي البطولة الإقليمية"
        let roles = Self.roles([
            "البرلمان يقر موازنة العام الجديد بعد جلسة طويلة", "", Self.budgetLead, "", Self.budgetSecond, "",
            heading, "", teaser, "",
            "تأهل منتخب الناشئين إلى المباراة النهائية بعد فوزه على منافسه بثلاثة أهداف، وسط حضور جماهيري كبير",
        ])
        #expect(roles[heading] == "related")
        #expect(roles[teaser] == "related")
    }
}
