import Testing

@testable import DossierLoader

extension FurnitureClassifierTests {
    static let budgetLead =
        "أقر مجلس النواب مساء الخميس موازنة العام الجديد بأغلبية 70 صوتا، بعد نقاش استمر أكثر من عشر ساعات حول الضرائب والرواتب."
    static let budgetSecond =
        "وقال رئيس لجنة المال إن الموازنة تتضمن زيادة في الإنفاق على الصحة والتعليم، مع خفض العجز إلى أربعة في المئة."

    /// A headline that opens with a byline marker that is also a noun («تحديث …», «نشر …»,
    /// «مصدر …», «إعداد …») is the page's title, not its byline.
    @Test(arguments: [
        "تحديث جديد لتطبيق المراسلة يضيف خاصية الرسائل المؤقتة للمجموعات",
        "نشر قوات حفظ السلام على طول الحدود الجنوبية خلال أسابيع",
        "مصدر أمني يكشف تفاصيل الهجوم على الحاجز العسكري شمال المدينة",
        "إعداد الموازنة العامة للعام المقبل يدخل مرحلته الأخيرة في البرلمان",
    ])
    func aHeadlineOpeningWithAMarkerNounIsTheTitle(_ headline: String) {
        #expect(Self.roles([headline, Self.budgetLead, Self.budgetSecond])[headline] == "title")
    }

    /// The same markers before a colon, a date or a short name still open a byline.
    @Test(arguments: [
        "تحديث: 12:30 ظهرا", "إعداد: سامر الخطيب", "تحرير محمد علي", "نشر في 3 مارس 2024",
        "مصدر الخبر: وكالة الأنباء الرسمية للبلاد",
    ])
    func aMarkerNounBeforeACreditStaysAByline(_ byline: String) {
        let headline = "البرلمان يقر موازنة العام الجديد بعد جلسة طويلة"
        #expect(Self.roles([headline, byline, Self.budgetLead, Self.budgetSecond])[byline] == "byline")
    }
}
