import Testing

@testable import DossierRenderer

/// Arabic number agreement for counts shown on the site.
struct ArabicCountTests {
    private let results = ArabicCount(one: "نتيجة واحدة", two: "نتيجتان", few: "نتائج", many: "نتيجة")

    @Test(
        "a count takes the noun form Arabic requires",
        arguments: [
            (0, "0 نتيجة"), (1, "نتيجة واحدة"), (2, "نتيجتان"), (3, "3 نتائج"), (9, "9 نتائج"), (10, "10 نتائج"),
            (11, "11 نتيجة"), (58, "58 نتيجة"), (100, "100 نتيجة"), (102, "102 نتيجة"), (103, "103 نتائج"),
            (110, "110 نتائج"), (111, "111 نتيجة"),
        ])
    func phrase(count: Int, expected: String) {
        #expect(results.phrase(count) == expected)
    }

    /// A noun whose accusative carries tanween (on an alif or on the taa marbuta) drops it after
    /// 0 and after the hundreds whose last two digits are 0 to 2, and keeps it after 11 to 99.
    @Test(
        "the accusative's tanween is written only after 11 to 99",
        arguments: [
            (0, "0 مقال", "0 فقرة أخرى"), (11, "11 مقالًا", "11 فقرةً أخرى"), (100, "100 مقال", "100 فقرة أخرى"),
            (101, "101 مقال", "101 فقرة أخرى"), (150, "150 مقالًا", "150 فقرةً أخرى"),
            (1000, "1000 مقال", "1000 فقرة أخرى"),
        ])
    func tanween(count: Int, article: String, passage: String) {
        #expect(UIStrings.arabic.articleCount.phrase(count) == article)
        #expect(UIStrings.arabic.otherPassages.phrase(count) == passage)
        let written = ArabicCount(one: "مقال واحد", two: "مقالان", few: "مقالات", many: "مقالاً")
        #expect(written.phrase(count) == article.replacingOccurrences(of: "\u{064B}ا", with: "اً"))
    }

    /// The line under an "also reported" list: how many matching passages it leaves out, and
    /// none when it shows them all.
    @Test(
        "an also-reported list says how many more passages match",
        arguments: [
            (3, nil), (4, "وفقرة أخرى"), (5, "وفقرتان أخريان"), (6, "و3 فقرات أخرى"), (13, "و10 فقرات أخرى"),
            (14, "و11 فقرةً أخرى"),
        ] as [(Int, String?)])
    func alsoReportedMore(total: Int, expected: String?) {
        let match = AlsoReported.Match(href: nil, outlet: "الجزيرة", paragraphLabel: "الفقرة 2", score: "80٪")
        let list = AlsoReported(matches: [match, match, match], total: total)
        #expect(list.count == total)
        #expect(list.moreLabel == expected)
    }
}
