import Testing

@testable import DossierLoader

/// Credits at the edges of the text: a publication's name opening the lead before a colon, a
/// site's name before its section in the lead's tag, an aggregator's link to its source under
/// the text.
extension OutletDetectorTests {
    private static let story = waterStory

    /// «شبكة الرافد: …» opening the lead names the publication; a tagline of indefinite
    /// adjectives («صحيفة بريطانية: …») or a speaker («المحافظ: …») names none.
    @Test func aPublicationOpeningTheLeadBeforeAColon() {
        let lead = "شبكة الرافد: " + Self.story.lead
        #expect(Self.outlet([Self.story.headline, lead, Self.story.second]) == "شبكة الرافد")
        #expect(OutletDetector.leadMasthead("جريدة الأيام: أعلن محافظ المدينة …")?.name == "جريدة الأيام")
        #expect(OutletDetector.leadMasthead("صحيفة بريطانية: أعلن محافظ المدينة …") == nil)
        #expect(OutletDetector.leadMasthead("المحافظ: أنبوب المياه الجديد يغذي القضاء") == nil)
    }

    /// A site's name, then the section it files the story under, open the lead («الواحة – شؤون
    /// محلية – …»): the site is the outlet, the section is not; two names that are not
    /// sections still leave the outlet untold.
    @Test func aSiteBeforeItsSectionInTheLeadTag() {
        let lead = "الواحة – شؤون محلية – " + Self.story.lead
        #expect(Self.outlet([Self.story.headline, lead, Self.story.second]) == "الواحة")
        #expect(OutletDetector.bylineTag("الواحة – محليات – " + Self.story.lead, wholeLine: false)?.name == "الواحة")
        #expect(OutletDetector.bylineTag("الواحة – سامي الخطيب – " + Self.story.lead, wholeLine: false) == nil)
    }

    /// An aggregator's line under its copy sending the reader to the source («تفاصيل الخبر في :
    /// صحيفة الميدان») names the outlet; the same label over a sentence names none.
    @Test func anAggregatorsLinkToItsSource() {
        let link = "تفاصيل الخبر في : صحيفة الميدان"
        #expect(Self.outlet([Self.story.headline, Self.story.lead, Self.story.second, link]) == "صحيفة الميدان")
        #expect(OutletDetector.sourceLinkCredit("اقرأ الخبر من المصدر: الميدان")?.name == "الميدان")
        #expect(OutletDetector.sourceLinkCredit("تفاصيل الخبر في : الرابط التالي، بعد الإعلان") == nil)
    }
}
