import Testing

@testable import DossierLoader

/// A list of related stories the copy put above the article.
extension FurnitureClassifierTests {
    /// The headline right over the lead, sharing its words, is the title, though it follows a
    /// "related" header's teasers; the teasers stay related. Under the story, the same list
    /// takes every headline-like line.
    @Test func theHeadlineUnderARelatedListAboveTheArticleIsTheTitle() {
        let teasers = [
            "تونس: ارتفاع نسبة التضخم إلى 7.2 بالمئة", "الجزائر تطلق مناقصة لاستيراد القمح",
            "المغرب: تراجع عجز الميزان التجاري",
        ]
        let headline = "تونس تسجل ارتفاعا في عائدات السياحة خلال النصف الأول"
        let lead =
            "تونس - سجلت عائدات القطاع السياحي في تونس ارتفاعا بنسبة ثمانية في المئة خلال النصف الأول من العام الجاري، وفق بيانات البنك المركزي."
        let second = "وبلغت العائدات نحو 3.5 مليارات دينار، فيما ارتفع عدد الوافدين إلى أكثر من أربعة ملايين سائح."
        let roles = Self.roles(["أخبار ذات صلة"] + teasers + [headline, lead, second])
        #expect(roles[headline] == "title", "\(roles)")
        for teaser in teasers { #expect(roles[teaser] == "related", "\(roles)") }
        #expect(roles[lead] == "body" && roles[second] == "body", "\(roles)")
    }
}
