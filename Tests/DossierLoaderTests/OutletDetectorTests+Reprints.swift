import Testing

@testable import DossierLoader

extension OutletDetectorTests {
    /// An aggregator's publication line names the paper it reprints, above the text, before the
    /// aggregator's own copyright under it; a date after «نشر في» or a weekday names none.
    @Test func aReprintIsCreditedToThePaperItNames() {
        let story = Self.waterStory
        let page = { (line: String) in
            Self.outlet([
                "الرئيسية", "محليات", story.headline, line, "", story.lead, "", story.second, "", "أضف تعليق",
                "Newsgather © 2024",
            ])
        }
        #expect(page("نشر في الأيام الجديدة يوم 04 - 05 - 2024") == "الأيام الجديدة")
        #expect(page("نُشر في جريدة الرأي بتاريخ 4 مايو 2024") == "جريدة الرأي")
        #expect(page("نشر في 04 - 05 - 2024") == "Newsgather")
        #expect(page("نشر في الأحد يوم 4 مايو 2024") == "Newsgather")
        #expect(OutletDetector.reprintCredit("نشر في الأيام الجديدة يوم السبت") == nil)
        #expect(OutletDetector.reprintCredit("نشر في صحف عربية كثيرة خلال الأسبوع يوم 4 مايو 2024") == nil)
    }
}
