import Testing

@testable import DossierLoader

extension FurnitureClassifierTests {
    /// A photo's alt text and caption, printed side by side right under a longer headline
    /// printed once, are that headline's photo, though the headline is only two words longer
    /// and the caption names as much of the lead: the headline is the title.
    @Test func aCaptionPairUnderASlightlyLongerHeadlineIsItsPhoto() {
        let headline = "النادي الأهلي ينجح في ضم صفقة جديدة"
        let caption = "الأهلي يتعاقد مع أحمد سامي"
        let lead = "أعلن الأهلي التعاقد مع المدافع أحمد سامي لمدة خمس سنوات، ليصبح الصفقة الثالثة للفريق هذا الصيف."
        let second = "وقال مدير الكرة إن المدافع الجديد سيشارك في معسكر الفريق الذي ينطلق الأسبوع المقبل."
        let roles = Self.roles([headline, caption, caption, lead, second])
        #expect(roles[headline] == "title" && roles[caption] == "caption", "\(roles)")
    }
}
