import Testing

@testable import DossierLoader

extension LexicalFurnitureTests {
    /// An e-mail address a site's protection hid from the copy («[email protected]»), alone
    /// or after a short label, is the site's contact: navigation, never the story's last line.
    @Test(arguments: ["[email protected]", "البريد الإلكتروني: [email protected]"])
    func aHiddenEmailAddressIsTheSites(_ text: String) {
        #expect(LexicalFurniture.kind(of: TextLine(text: text, line: 1, block: 0)) == .navigation)
        let story = OutletDetectorTests.waterStory
        #expect(FurnitureClassifierTests.roles([story.headline, story.lead, story.second, text])[text] == "navigation")
    }

    /// A sentence giving a hidden address is the story's.
    @Test func aSentenceGivingAHiddenAddressIsNoContactLine() {
        let text = "ويمكن للمتقدمين إرسال طلباتهم إلى العنوان [email protected] قبل نهاية الشهر الجاري."
        #expect(!LexicalFurniture.isHiddenEmail(TextLine(text: text, line: 1, block: 0)))
    }
}
