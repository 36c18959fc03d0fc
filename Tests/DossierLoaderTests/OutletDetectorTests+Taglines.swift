import Testing

@testable import DossierLoader

/// A site's name over its tagline in the header, and a copyright owner whose name opens with
/// the letter of the preposition.
extension OutletDetectorTests {
    /// The short line over a tagline («صحيفة إلكترونية بحرينية», «موقع إخباري موريتاني
    /// مستقل») is the site's name; the tagline itself names no outlet, and a menu's item over
    /// it names none either.
    @Test func theLineOverATaglineNamesTheSite() {
        let story = Self.waterStory
        let body = ["الرئيسية", "محليات", story.headline, "", story.lead, "", story.second]
        #expect(Self.outlet(["النبأ", "صحيفة إلكترونية بحرينية"] + body) == "النبأ")
        #expect(Self.outlet(["الخبر", "موقع إخباري موريتاني مستقل"] + body) == "الخبر")
        #expect(Self.outlet(["الرئيسية", "صحيفة إلكترونية بحرينية"] + body) == nil)
        #expect(OutletDetector.masthead("صحيفة إلكترونية بحرينية") == nil)
        #expect(OutletDetector.masthead("موقع إخباري موريتاني مستقل") == nil)
        #expect(OutletDetector.masthead("موقع مصراوي")?.name == "موقع مصراوي")
        #expect(OutletDetector.masthead("جريدة الوطن")?.name == "جريدة الوطن")
    }

    /// «محفوظة لصحيفة X» drops the glued preposition; an owner named after a place that opens
    /// with the same letter («ليبيا أخبار») keeps it.
    @Test func aCopyrightOwnerNamedAfterAPlaceKeepsItsFirstLetter() {
        #expect(OutletDetector.owner(of: "جميع الحقوق محفوظة ليبيا أخبار 2019")?.name == "ليبيا أخبار")
        #expect(OutletDetector.owner(of: "جميع الحقوق محفوظة لصحيفة الأمة 2019")?.name == "صحيفة الأمة")
    }
}

/// A headline over a line shaped like a tagline.
extension OutletDetectorTests {
    /// A short headline over a standfirst shaped like a tagline («إطلاق منصة تعليمية» over
    /// «منصة رقمية مجانية») names no outlet: the headline is no site's name.
    @Test func aHeadlineOverATaglineShapedLineNamesNoSite() {
        let lead =
            "أطلقت وزارة التربية، اليوم الأحد، منصة تعليمية رقمية مجانية تتيح للطلاب متابعة دروسهم عن بعد، في خطوة تهدف إلى تعزيز التعليم الإلكتروني في المدارس الحكومية."
        let second =
            "وقال وزير التربية إن المنصة ستضم أكثر من ألفي درس مصور في المواد الأساسية، وستكون متاحة على الهواتف والحواسيب."
        let page = ["الرئيسية", "تعليم", "إطلاق منصة تعليمية", "منصة رقمية مجانية", "الأحد 12 مايو 2024", lead, second]
        #expect(Self.outlet(page) == nil)
    }
}
