import Testing

@testable import DossierLoader

extension FurnitureClassifierTests {
    /// A report's credit to its writer over the lead («تقرير: سامية الحسن», «تغطية: …») is a
    /// byline, not the headline; a headline with «تقرير:» as its kicker stays the title.
    @Test func aReportsCreditToItsWriterIsNoHeadline() {
        let lead =
            "تصدر فريق الشباب مجموعته بعد فوزه على ضيفه بهدفين نظيفين في المباراة التي أقيمت مساء أمس على ملعب المدينة، ليرفع رصيده إلى 30 نقطة."
        let second = "وسجل الهدفين مهاجم الفريق في الشوطين، فيما أهدر الضيوف ركلة جزاء في الدقائق الأخيرة."
        for credit in ["تقرير: سامية الحسن", "تغطية : محمد عبد الرحيم", "متابعة: هادي صالح"] {
            #expect(Self.roles([credit, lead, second])[credit] == "byline", "\(credit)")
        }
        let headline = "تقرير: الأمم المتحدة تحذر من مجاعة وشيكة"
        #expect(Self.roles([headline, lead, second])[headline] == "title")
        #expect(!LexicalFurniture.isReportersCredit(TextLine(text: "تقرير: 2023 عام", line: 1, block: 0)))
    }
}
