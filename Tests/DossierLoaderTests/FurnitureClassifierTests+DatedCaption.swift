import Testing

@testable import DossierLoader

extension FurnitureClassifierTests {
    /// A photo's caption at the top of the page closing with a full stop and its date, over the
    /// headline, its byline and a dated line, is the photo's caption, not the lead: the headline
    /// under it is the title and the photo's source line over it is furniture.
    @Test func aCaptionClosingWithAStopAndItsDateIsNoLead() {
        let source = "Official account of the harbour authority"
        let caption = "Harbour master Lena Brandt at the new quay. March 3, 2025."
        let headline = "New quay opens to container ships"
        let lead =
            "The port's new quay received its first container ship on Monday, after two years of building works that doubled the harbour's berths."
        let second =
            "Harbour master Lena Brandt said the quay would handle twice the cargo of the old one, and that the dredging of the channel would end in the summer."
        let roles = Self.roles([
            source, caption, "", headline, "", "News Desk", "Published Monday, March 3, 2025 - 10:12", "", lead, "",
            second,
        ])
        #expect(roles[headline] == "title")
        #expect(roles[caption] == "caption")
        #expect(roles[source] != "title" && roles[source] != "body")
        #expect(roles[lead] == "body" && roles[second] == "body")
        #expect(FurnitureClassifier.closesWithCaptionDate(caption, afterStop: true))
        #expect(!FurnitureClassifier.closesWithCaptionDate(caption))
        #expect(!FurnitureClassifier.closesWithCaptionDate("The quay opened. It cost 40 million.", afterStop: true))
    }
}
