import Testing

@testable import DossierLoader

extension OutletDetectorTests {
    /// A menu's button to the live stream («TV مباشر», «Live TV», «البث المباشر TV») holds a
    /// brand's word («TV») and names no outlet: on top of a page with no other credit, the page
    /// has none. A channel's name before «TV» («رؤيا TV») is a brand still.
    @Test func aLiveStreamButtonNamesNoOutlet() {
        for button in ["TV مباشر", "Live TV", "البث المباشر TV", "Watch Live TV"] {
            #expect(OutletBrand.credited(byLine: button) == nil, "\(button)")
        }
        #expect(OutletBrand.credited(byLine: "رؤيا TV") == "رؤيا TV")
        let story = Self.waterStory
        let page = ["TV مباشر", "اتصل بنا", "", story.headline, "", story.lead, "", story.second]
        #expect(Self.outlet(page) == nil)
    }
}
