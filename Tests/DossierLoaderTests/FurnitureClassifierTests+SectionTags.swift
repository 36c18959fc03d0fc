import Testing

@testable import DossierLoader

/// A section weighed without the site's credit that opens its paragraph.
extension FurnitureClassifierTests {
    /// Under a top stories widget, another story's teaser opening with the site's byline tag
    /// («راديو الساحل الحر- متابعة …»), which the story credits too, is set aside: the site's name is
    /// no word of what the teaser tells. A paragraph of the story under a subheading, opening
    /// with the same tag, stays.
    @Test func theSitesTagOpeningASectionIsNoTopicWord() {
        let story = [
            "محطة تحلية جديدة تدخل الخدمة في المدينة الساحلية", "",
            "بدأت محطة تحلية المياه الجديدة في المدينة الساحلية ضخ أول كمياتها إلى الشبكة العامة، وفق ما نقل راديو الساحل الحر.",
            "",
            "وقال مدير المحطة في حديث إلى راديو الساحل الحر إن المرحلة الثانية من المشروع ستضاعف الطاقة الإنتاجية خلال عامين.",
            "",
        ]
        let teaser =
            "راديو الساحل الحر- متابعة أعلن نادي الشباب تعاقده مع مدرب إسباني جديد لقيادة الفريق في الموسم المقبل حتى نهاية العقد."
        let roles = Self.roles(story + ["أهم الأخبار", "", teaser, "", "منذ ساعة"])
        #expect(roles[teaser] == "unrelated", "\(roles)")
        let own =
            "راديو الساحل الحر- متابعة وأوضح مدير محطة التحلية أن المياه الجديدة تصل إلى الأحياء الشرقية من المدينة الساحلية."
        let kept = Self.roles(story + ["المرحلة الثانية", "", own])
        #expect(kept[own] == "body", "\(kept)")
    }
}
