import Testing

@testable import DossierLoader

/// Another story appended under a story told in two paragraphs.
extension FurnitureClassifierTests {
    /// An article appended under a lead of two paragraphs (its headline, its byline, a label
    /// and its paragraphs, the first opening on «هو») is set aside, and so is a teaser under
    /// «شاهد أيضاً»: each is compared with the story's title and lead, never with its own first
    /// paragraph. A subheading over more of the story stays.
    @Test func anArticleAppendedUnderATwoParagraphLeadIsSetAside() {
        let appended = [
            "", "تاريخ موجز لمجلس الشيوخ الفرنسي ( الجزء الثالث )", "", "كتب : سامي النجار", "",
            "مجلس الشيوخ الفرنسي :", "",
            "هو الغرفة العليا في البرلمان الفرنسي، ويتألف من 348 عضوا ينتخبون بالاقتراع غير المباشر لمدة ست سنوات.", "",
            "ويجدد نصف أعضاء مجلس الشيوخ كل ثلاث سنوات، وينتخب أعضاؤه من قبل هيئة تضم النواب والمستشارين البلديين.", "",
            "ويملك مجلس الشيوخ حق مناقشة القوانين وتعديلها، غير أن الكلمة الأخيرة تعود إلى الجمعية الوطنية عند الخلاف.",
        ]
        let story = [Self.headline, "", Self.lead, "", Self.second]
        let roles = Self.roles(story + appended)
        #expect(roles[Self.lead] == "body" && roles[Self.second] == "body")
        for line in appended.filter({ $0.hasPrefix("هو") || $0.hasPrefix("وي") }) {
            #expect(roles[line] == "unrelated", "\(line): \(roles)")
        }
        let teaser = [
            "", "شاهد أيضاً", "",
            "أعلنت هيئة الطيران المدني تشغيل صالة جديدة في مطار العاصمة بطاقة خمسة ملايين مسافر في السنة.", "",
            "وقالت الهيئة إن صالة المطار الجديدة تخدم رحلات شركات الطيران منخفضة الكلفة …",
        ]
        let withTeaser = Self.roles(story + teaser)
        for line in teaser.filter({ $0.count > 20 }) {
            #expect(withTeaser[line] == "unrelated", "\(line): \(withTeaser)")
        }
        let subheading = ["", "المرحلة الثانية", "", Self.third, "", Self.fourth]
        let kept = Self.roles(story + subheading)
        #expect(kept[Self.third] == "body" && kept[Self.fourth] == "body", "\(kept)")
    }

    /// Two more paragraphs of the desalination story, for a section under its lead.
    static let third =
        "وأوضح مدير المحطة أن المرحلة الثانية من مشروع التحلية ستضاعف كميات المياه التي تضخ إلى الشبكة العامة في المدينة."
    static let fourth =
        "وتعتمد محطة التحلية الجديدة على الطاقة الشمسية في تشغيل نصف مضخاتها، ما يخفض كلفة المتر المكعب من المياه."
}
