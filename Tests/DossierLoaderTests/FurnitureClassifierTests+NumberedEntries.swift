import Testing

@testable import DossierLoader

/// A story told as a numbered list of entries, each under its number and a photo's caption.
extension FurnitureClassifierTests {
    private static let communities = [
        "سياحة وسفر",
        "الجاليات العربية في البلدان الأجنبية",
        "تعرّف إلى الدول التي تضم أكبر الجاليات العربية.",
        "يهاجر الملايين من العرب إلى البلدان الأجنبية على أمل بناء مستقبل أفضل. إليك أكبر الدول التي تستقبلهم:",
    ]
    private static let brazil =
        "بدأت الهجرة العربية إلى البرازيل مع نهاية القرن التاسع عشر، ويعيش فيها اليوم ملايين المهاجرين العرب وأبناؤهم."
    private static let france =
        "تحظر فرنسا إحصاء السكان بحسب الأصل، لكن التقديرات تشير إلى ستة ملايين من سكانها ينحدرون من شمال أفريقيا."

    /// The page with `first` and `second` over the entries' captions and paragraphs.
    private static func entries(_ first: String, _ second: String) -> [String: String] {
        roles(communities + [first, "البرازيل", brazil, second, "فرنسا", france])
    }

    /// The next entry of a numbered list the story keeps («٢- فرنسا» under «١- البرازيل» and
    /// its paragraph) is the story's, however few of the lead's words its paragraph uses.
    @Test(arguments: [("١- البرازيل", "٢- فرنسا"), ("1. البرازيل", "2. فرنسا"), ("3 - البرازيل", "4 - فرنسا")])
    func theNextNumberedEntryContinuesTheStory(_ first: String, _ second: String) {
        let roles = Self.entries(first, second)
        #expect(roles[second] == "body" && roles[Self.france] == "body", "\(roles)")
    }

    /// A number that does not follow the kept entry's is no evidence: the section is weighed
    /// as any other, and this one is set aside.
    @Test func aNumberOutOfSequenceIsNoEntry() {
        let roles = Self.entries("١- البرازيل", "٥- فرنسا")
        #expect(roles[Self.france] == "unrelated", "\(roles)")
    }
}
