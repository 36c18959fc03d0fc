import Testing

@testable import DossierLoader

/// The items of a list in the story's text that do not read as prose.
extension FurnitureClassifierTests {
    /// A list's item ending with a comma, between two of its paragraphs with no blank line
    /// between, runs on into the next line opening with «و»: it stays the story's.
    @Test func anItemEndingWithACommaOverTheLastItemStays() {
        let lines = [
            Self.headline, Self.lead,
            "ويرافق المحافظ في زيارته إلى المحطة وفد يضم كلا من:.",
            "مدير المياه سامي الحداد",
            "مستشار المحافظ للشؤون الفنية رامي عيسى.",
            "قنصل البلاد في مرسيليا كريم بن علي،",
            "وعدد من المهندسين والفنيين العاملين في الشركة المنفذة للمشروع.",
        ]
        let roles = Self.roles(lines)
        #expect(roles[lines[5]] == "body", "\(roles)")
        #expect(roles[lines[6]] == "body", "\(roles)")
    }

    /// Items set out alike after a sentence announcing them, a name, a spaced dash and a post,
    /// are the story's whatever their length: the last and shortest stays at the page's end.
    @Test func itemsSetOutAlikeStayToTheLast() {
        let items = [
            "المهندس سامر نجم – مديرا عاما لمؤسسة المياه والصرف الصحي في المحافظة.",
            "الدكتورة ليلى حداد – مديرة لمحطة التحلية الجديدة في المدينة الساحلية.",
            "هالة عيسى – مستشارة فنية.",
        ]
        let page =
            [Self.headline, "", Self.lead, "", "وبحسب القرار الذي أصدره المحافظ، تم تعيين كل من:", ""]
            + items.flatMap { [$0, ""] }
        let roles = Self.roles(page)
        for item in items { #expect(roles[item] == "body", "\(item): \(roles)") }
    }
}
