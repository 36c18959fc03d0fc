import Testing

@testable import DossierLoader

/// Page widgets whose words look like a site's name, and a place and a name joined by a slash
/// at the head of the lead.
extension OutletDetectorTests {
    /// A ticker's label («الشريط الإخباري») holds a brand's word («الإخباري») and names no
    /// outlet; a masthead with that word («موقع كلمة الإخباري») still does.
    @Test func aTickersLabelIsNoBrand() {
        let story = Self.waterStory
        #expect(Self.outlet(["الشريط الإخباري", "", story.headline, "", story.lead, "", story.second]) == nil)
        #expect(!OutletBrand.isBrand("الشريط الإخباري"))
        #expect(!OutletBrand.isBrand("الشريط الاخباري"))
        #expect(OutletBrand.isBrand("كلمة الإخباري"))
    }

    /// A call to follow the site «عبر قناتنا» («via our channel») names no one; one that names
    /// the site does.
    @Test func aCallToFollowOurChannelNamesNoOne() {
        #expect(OutletDetector.followCredit("تابعوا آخر أخبار البورصة والاقتصاد عبر قناتنا على تليجرام") == nil)
        #expect(OutletDetector.followCredit("تابعوا آخر الأخبار من النهار العربي على تليجرام")?.name == "النهار العربي")
    }

    /// A listed place and a name joined by a slash before a dash at the head of the lead
    /// («نابلس/PNN- …») credit the name, not the place with it.
    @Test func aPlaceAndANameJoinedByASlashInTheLeadCreditTheName() {
        let story = Self.waterStory
        #expect(Self.outlet([story.headline, "", "نابلس/PNN- " + story.lead, "", story.second]) == "PNN")
        let tagged = [story.headline, "", "الخليل/ صوت الخليل- " + story.lead, "", story.second]
        #expect(Self.outlet(tagged) == "صوت الخليل")
    }
}
