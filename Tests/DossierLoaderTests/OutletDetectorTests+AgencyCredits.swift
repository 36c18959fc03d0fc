import Testing

@testable import DossierLoader

/// A site's credit line naming the wire it runs.
extension OutletDetectorTests {
    /// A short name and a listed agency joined by a dash, a slash or a spaced full stop, on a
    /// line of its own over the lead, name the site, under a headline or with none above it; a
    /// listed place before the agency leaves the agency; a reporter's name after the mark, or
    /// a photo's caption naming the scene, credit none.
    @Test func siteCreditingTheAgencyItRuns() {
        let story = Self.waterStory
        #expect(Self.outlet([story.headline, "صدى الساحل – العمانية", story.lead, story.second]) == "صدى الساحل")
        #expect(Self.outlet(["نبض 24 . الأناضول", story.lead, story.second]) == "نبض 24")
        #expect(OutletDetector.agencyCredit("مرآة البلد / واس:")?.name == "مرآة البلد")
        #expect(OutletDetector.agencyCredit("مسقط – العمانية")?.name == "العمانية")
        #expect(OutletDetector.agencyCredit("مسقط - اسلام سمحان") == nil)
        #expect(OutletDetector.agencyCredit("جانب من اجتماع المجلس - رويترز") == nil)
        #expect(OutletDetector.agencyCredit("أ.ف.ب") == nil)
    }
}
