import Testing

@testable import DossierLoader

extension LexicalFurnitureTests {
    /// Links to other stories the copy ran together after a "read also" label and its colon,
    /// set between the story's paragraphs: however long the line, it is the label's list of
    /// related links, and the paragraphs around it stay.
    @Test(arguments: [
        "اقرأ أيضاً:وزير المالية يعلن موازنة العام المقبل بعجز أقل من المتوقعمنتخب الشباب يتأهل إلى نهائي "
            + "البطولة العربية بعد فوزه على نظيره بهدفين نظيفين في مباراة مثيرةأسعار الذهب تتراجع في الأسواق "
            + "المحلية مع ارتفاع الدولار أمام الجنيه خلال تعاملات اليوم وسط ترقب لقرار البنك المركزي",
        "إقرأ المزيد: افتتاح معرض الكتاب في دورته الجديدة بمشاركة مئات دور النشر العربية والأجنبيةانطلاق "
            + "امتحانات الثانوية العامة وسط إجراءات مشددة في جميع المحافظاتتوقعات بطقس حار ورطب على معظم "
            + "المناطق الساحلية خلال عطلة نهاية الأسبوع المقبل",
    ])
    func aReadAlsoLabelRunIntoItsLinksIsRelated(_ text: String) {
        let line = TextLine(text: text, line: 1, block: 0)
        #expect(line.wordCount > 30)
        #expect(LexicalFurniture.kind(of: line) == .related)
        let story = OutletDetectorTests.waterStory
        let roles = FurnitureClassifierTests.roles([story.headline, story.lead, text, story.second])
        #expect(roles[text] == "related" && roles[story.second] == "body", "\(roles)")
    }

    /// A sentence of the story with a colon near its start opens on its speaker, not on a label.
    @Test(arguments: [
        "وقال الوزير: اقرأوا أيضا ما نشرته الوزارة من أرقام عن المشروع خلال الأعوام الماضية، فهي تبين حجم "
            + "ما أنجز في القضاء الجنوبي من محطات وأنابيب وخزانات رغم الظروف الصعبة التي مرت بها المحافظة",
        "اقرأ الخبر كاملا على موقع الوزارة",
    ])
    func aSentenceWithAColonIsNoReadAlsoLabel(_ text: String) {
        #expect(!LexicalFurniture.opensWithReadAlsoLabel(TextLine(text: text, line: 1, block: 0)))
    }
}
