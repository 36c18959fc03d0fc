import Testing

@testable import DossierLoader

extension LexicalFurnitureTests {
    /// A site's telephone numbers on a line of their own, with the place each serves or a
    /// label, are the site's contact line: navigation, never a headline. A headline or a
    /// sentence quoting a number has more words than digits.
    @Test(arguments: [
        "عمّان: 96265000000+ | دبي: 97145551234+",
        "هاتف 0096265000000",
        "للإعلان: 009611234567 - 009613456789",
    ])
    func aLineOfTelephoneNumbersIsTheSites(_ text: String) {
        #expect(LexicalFurniture.kind(of: TextLine(text: text, line: 1, block: 0)) == .navigation)
        let story = OutletDetectorTests.waterStory
        #expect(FurnitureClassifierTests.roles([text, story.lead, story.second])[text] == "navigation")
    }

    @Test(arguments: [
        "الحكومة تخصص 12500000 دينار لمشاريع المياه في القضاء الجنوبي",
        "رقم الطوارئ 911 يتلقى آلاف المكالمات",
        "2024",
    ])
    func aHeadlineWithANumberIsNoContactLine(_ text: String) {
        #expect(!LexicalFurniture.isContactLine(TextLine(text: text, line: 1, block: 0)))
    }
}
