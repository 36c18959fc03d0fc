import Testing

@testable import DossierLoader

extension FurnitureClassifierTests {
    /// The headline printed twice over a photo's alt text and its caption, the caption being the
    /// alt text with a credit and a date after a dash («… - وكالة الأنباء, 640, 12.03.2025»): the
    /// caption is no browser tab's title (a tab names the site, not a day), so the alt text it
    /// extends is not the title; the headline printed twice is.
    @Test(arguments: [
        " - وكالة المدينة, 1920, 12.03.2025",
        " | صور الساحل، 3 مارس 2025",
    ])
    func aCaptionWithACreditAndADateIsNoTabTitle(_ credit: String) {
        let alt = "محطة الضخ الجديدة على أطراف المدينة الساحلية"
        let roles = Self.roles([
            Self.headline, Self.headline, "10:15 GMT 12.03.2025", alt, alt + credit, Self.lead, "", Self.second,
        ])
        #expect(roles[Self.headline] == "title")
        #expect(roles[alt] != "title")
        #expect(roles[alt + credit] != "body")
    }
}
