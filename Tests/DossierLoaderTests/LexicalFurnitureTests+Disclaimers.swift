import Testing

@testable import DossierLoader

extension LexicalFurnitureTests {
    /// A site's disclaimer about what it printed, naming the text and disowning it, is the
    /// site's footer wherever it stands: an aggregator's note under a story it copied, an
    /// opinion page's note under a column.
    @Test(arguments: [
        "ملحوظة: مضمون هذا الخبر تم نقله من موقع آخر ولا يعبر عن وجهة نظر الموقع وإنما نقل بمحتواه كما هو، "
            + "ونحن غير مسئولين عن محتوى الخبر.",
        "المقال يعبر عن رأي كاتبه ولا يعبر بالضرورة عن رأي الصحيفة.",
    ])
    func aSitesDisclaimerIsItsFooter(_ text: String) {
        #expect(LexicalFurniture.kind(of: TextLine(text: text, line: 1, block: 0)) == .footer)
        let story = OutletDetectorTests.waterStory
        let roles = FurnitureClassifierTests.roles([story.headline, story.lead, story.second, text])
        #expect(roles[text] == "footer" && roles[story.second] == "body", "\(roles)")
    }

    /// The story reporting a denial or disowning another text is no disclaimer: it opens on the
    /// speaker, or names no text of its own.
    @Test(arguments: [
        "وأكدت الوزارة أن هذا الخبر لا يعبر عن وجهة نظرها الرسمية في قضية المياه.",
        "قال النائب إن تصريحات المحافظ لا تعبر عن رأي الحكومة في المشروع.",
        "المتحدث: هذا الخبر لا يعبر عن وجهة نظر الوزارة الرسمية في قضية المياه.",
    ])
    func aSentenceOfTheStoryIsNoDisclaimer(_ text: String) {
        #expect(!LexicalFurniture.isDisclaimer(TextLine(text: text, line: 1, block: 0)))
    }
}
