import Testing

@testable import DossierLoader

/// The site's name read from its masthead's credits.
extension OutletDetectorTests {
    static let mastheadHeadline = "محطة تحلية جديدة تدخل الخدمة في المدينة الساحلية"
    static let mastheadLead =
        "بدأت محطة تحلية المياه الجديدة في المدينة الساحلية ضخ أول كمياتها إلى الشبكة العامة صباح الأحد، بطاقة تبلغ مئة ألف متر مكعب يوميا."

    /// The name before the masthead's credit on one line, printed alone on the page too, names
    /// the site. A name in the credits' list, above the next credit, names none: it is a
    /// person's («رئيس حزب الوادي», «د. كريم منصور», then «رئيس التحرير»).
    @Test func theSiteNamedByItsMastheadCredit() {
        let story = [Self.mastheadHeadline, Self.mastheadLead]
        #expect(Self.outlet(["الوادي الأخضر", "الوادي الأخضر رئيس التحريرسامي ناصر"] + story) == "الوادي الأخضر")
        #expect(Self.outlet(["رئيس حزب الوادي", "د. كريم منصور", "رئيس التحرير", "سامي ناصر"] + story) == nil)
    }
}
