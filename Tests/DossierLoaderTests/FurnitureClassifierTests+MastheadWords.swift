import Testing

@testable import DossierLoader

/// A headline that opens with a masthead credit's words.
extension FurnitureClassifierTests {
    /// A headline opening with «رئيس التحرير» and saying more than a name is the title, not the
    /// masthead's credit; the credits themselves, names after them, stay bylines.
    @Test func aHeadlineOpeningWithAMastheadCreditIsTheTitle() {
        let headline = "رئيس التحرير السابق لصحيفة الأهرام يصدر كتابا جديدا عن تاريخ الصحافة المصرية"
        let roles = Self.roles(["الرئيسية", headline, Self.lead, Self.second])
        #expect(roles[headline] == "title", "\(roles)")
        #expect(roles[Self.lead] == "body" && roles[Self.second] == "body", "\(roles)")
        let agreed = "رئيس مجلس الإدارة يوقع اتفاقية تعاون مع جامعة القاهرة"
        #expect(Self.roles([agreed, Self.lead, Self.second])[agreed] == "title")
        for credit in [
            "رئيس التحرير: محمد عبد الرحمن", "رئيس مجلس الإدارة ورئيس التحرير صالح شلبي",
            "رئيس التحرير المسؤول أحمد بن علي السيد",
        ] {
            let credited = Self.roles([credit, headline, Self.lead, Self.second])
            #expect(credited[credit] == "byline", "\(credited)")
        }
    }
}
