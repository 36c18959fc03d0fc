import Testing

@testable import DossierLoader

/// A table copied with its cells spaced out, against a ticker copied as one line.
extension FurnitureClassifierTests {
    /// Rows of a table, each joining as many spaced cells (rates, standings), are the story's,
    /// though each alone has a ticker's shape; a ticker line alone above the headline, and two
    /// ticker lines of different counts, stay tickers.
    @Test func tableRowsWithSpacedCellsAreNoTickers() {
        let rates = [
            "الدولار الأمريكي    سعر الشراء 48.50 جنيه    سعر البيع 48.60 جنيه",
            "اليورو الأوروبي    سعر الشراء 52.10 جنيه    سعر البيع 52.25 جنيه",
            "الجنيه الإسترليني    سعر الشراء 61.30 جنيه    سعر البيع 61.50 جنيه",
        ]
        let rated = Self.roles([Self.headline, Self.lead, "وجاءت الأسعار على النحو التالي:"] + rates + [Self.second])
        for row in rates { #expect(rated[row] == "body", "\(rated)") }
        #expect(rated[Self.second] == "body", "\(rated)")
        let standings = [
            "النادي الأهلي    خمس مباريات    ثلاث عشرة نقطة    فارق الأهداف سبعة",
            "نادي الزمالك    خمس مباريات    إحدى عشرة نقطة    فارق الأهداف خمسة",
        ]
        let ranked = Self.roles([Self.headline, Self.lead] + standings + [Self.second])
        for row in standings { #expect(ranked[row] == "body", "\(ranked)") }

        let ticker = "ارتفاع اسعار الذهب    تراجع اسعار النفط    المنتخب الوطني يواصل تحضيراته"
        let alone = Self.roles([ticker, Self.headline, Self.lead, Self.second])
        #expect(alone[ticker] == "ticker", "\(alone)")
        #expect(alone[Self.headline] == "title", "\(alone)")
        let longer = "افتتاح معرض الكتاب الدولي    حريق في المنطقة الصناعية    فوز الفريق الأول    تأجيل الامتحانات"
        let twice = Self.roles([ticker, longer, Self.headline, Self.lead, Self.second])
        #expect(twice[ticker] == "ticker" && twice[longer] == "ticker", "\(twice)")
    }
}

extension FurnitureClassifierTests {
    /// Rows of two spaced cells or tabbed cells between the story's paragraphs (prayer times,
    /// results) are the story's, and so is the paragraph under them; a menu copied with spaced
    /// items above the headline stays furniture.
    @Test func tableRowsBetweenParagraphsAreTheStory() {
        let times = ["الفجر    4:12 صباحا", "الظهر    12:31 ظهرا", "العصر\t4:08 عصرا", "المغرب    7:22 مساء"]
        let closing = "وتدعو الدائرة المواطنين إلى متابعة تقويمها الرسمي لمعرفة المواقيت في مناطقهم."
        let roles = Self.roles([Self.headline, Self.lead] + times + [closing])
        for row in times { #expect(roles[row] == "body", "\(roles)") }
        #expect(roles[closing] == "body", "\(roles)")
        let menu = ["الرئيسية    محليات    رياضة", "اقتصاد    ثقافة    منوعات"]
        let paged = Self.roles(menu + [Self.headline, Self.lead, Self.second])
        for item in menu { #expect(paged[item] != "body", "\(paged)") }
        #expect(paged[Self.headline] == "title", "\(paged)")
    }
}
