import Testing

@testable import DossierLoader

extension OutletDetectorTests {
    /// A desk credited instead of a reporter («News Desk», «Web Desk») is the site's staff, not
    /// a brand, though it holds a brand's word («news»); a site's name before it is the outlet.
    @Test func aNewsDeskNamesNoOutlet() {
        #expect(OutletBrand.credited(byLine: "News Desk") == nil)
        #expect(OutletBrand.credited(byLine: "Web Desk") == nil)
        #expect(OutletBrand.credited(byLine: "Shafaq News") == "Shafaq News")
        #expect(OutletDetector.staffCredit("Harbour Times | News Desk")?.name == "Harbour Times")
    }
}
