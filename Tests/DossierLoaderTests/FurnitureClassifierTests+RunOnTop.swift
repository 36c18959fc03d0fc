import Testing

@testable import DossierLoader

/// Lines run together above the headline, a masthead's credits, and a story cut short with no
/// prose by shape.
extension FurnitureClassifierTests {
    /// A ticker whose headlines lost their breaks, run into one long line with no stop at its
    /// end, above the headline, a source tag and the lead, is a ticker: the headline is the title
    /// and the story is kept. So is a teaser's sentence with its link's label glued after it.
    @Test func aLineRunTogetherAboveTheHeadlineIsNoLead() {
        let ticker =
            "وزير المالية يعلن موازنة العام المقبل بعجز أقلمنتخب الشباب يتأهل إلى نهائي البطولة "
            + "العربية.. فوز مثيرهل ترتفع أسعار الذهب في الأسواق المحلية لليوم الثالث؟افتتاح معرض الكتاب "
            + "الدولي بمشاركة أربعين دولة وعشرات دور النشرحريق يلتهم مستودعا للأخشاب في المنطقة الصناعية"
        let body = [Self.headline, "وكالة_الأنباء", Self.lead, Self.second]
        let roles = Self.roles([ticker] + body)
        #expect(roles[ticker] == "ticker", "\(roles)")
        #expect(roles[Self.headline] == "title", "\(roles)")
        #expect(roles[Self.lead] == "body" && roles[Self.second] == "body", "\(roles)")
        let teaser =
            "أعلنت شركة المياه اليوم أنها ستقطع الإمداد عن الأحياء الشرقية يوم السبت المقبل لأعمال الصيانة. "
            + "مواعيد قطع المياه"
        let teased = Self.roles([teaser] + body)
        #expect(teased[teaser] == "ticker", "\(teased)")
        #expect(teased[Self.headline] == "title", "\(teased)")
        #expect(teased[Self.lead] == "body" && teased[Self.second] == "body", "\(teased)")
    }

    /// A story's opening paragraph left without its stop, over a subheading, is the story's
    /// lead: when the paragraphs under it have no stop either (the site ends none so), and when
    /// it is one sentence (a copy of the body alone that lost the lead's stop).
    @Test func anUnstoppedLeadOverASubheadingStaysTheLead() {
        let lead =
            "بدأت محطة تحلية المياه الجديدة في المدينة الساحلية ضخ أول كمياتها إلى الشبكة العامة صباح الأحد "
            + "بطاقة تبلغ مئة ألف متر مكعب يوميا بعد ثلاث سنوات من أعمال البناء والتجهيز في الموقع"
        let next =
            "وقال مدير المحطة إن المرحلة الثانية من المشروع ستضاعف الطاقة الإنتاجية خلال عامين بعد استكمال "
            + "خطوط النقل إلى الأحياء الشرقية وربطها بالخزانات الجديدة في المدينة"
        let roles = Self.roles([lead, "مراحل مشروع التحلية الجديدة", next])
        #expect(roles[lead] == "body" && roles[next] == "body", "\(roles)")
        let stopped = Self.roles([lead, "مراحل مشروع التحلية الجديدة", Self.second])
        #expect(stopped[lead] == "body" && stopped[Self.second] == "body", "\(stopped)")
    }

    /// The masthead's credit run into the site's name on one line («الوادي الأخضر رئيس
    /// التحريرسامي ناصر», under the name alone) is the masthead's, never the headline; the
    /// headline under it is.
    @Test func aMastheadCreditAfterTheSiteNameIsNoHeadline() {
        let masthead = "الوادي الأخضر رئيس التحريرسامي ناصر"
        let roles = Self.roles(["الوادي الأخضر", masthead, Self.headline, Self.lead, Self.second])
        #expect(roles[masthead] == "byline", "\(roles)")
        #expect(roles[Self.headline] == "title", "\(roles)")
    }

    /// The site's name right above its masthead's credits («الإشراف العام», «رئيس التحرير»),
    /// printed twice as pages print their header, is the site's name: the headline printed
    /// twice under them is the title.
    @Test func theSiteNameOverMastheadCreditsIsNoHeadline() {
        let site = "أخبار الوادي جامعات"
        let credits = ["رئيس التحرير", "سامي ناصر", "مدير التحرير", "هالة يوسف"]
        let lines =
            [site, "الإشراف العام", "كريم منصور"] + credits + ["الرئيسية", "التعليم العالي", site] + credits
            + [Self.headline, "بقلم هدى سالم", Self.headline, Self.lead, Self.second]
        let roles = Self.roles(lines)
        #expect(roles[site] == "navigation", "\(roles)")
        #expect(roles[Self.headline] == "title", "\(roles)")
    }

    /// A page cut short in its lead, with no prose by shape: its last line, ten words or more
    /// with a comma inside, is the story's cut lead, and the headline over it the title, not
    /// the site's name above that.
    @Test func aPageCutInItsLeadKeepsTheLead() {
        let cut =
            "بدأت محطة تحلية المياه الجديدة، في المدينة الساحلية، ضخ أول كمياتها إلى الشبكة العامة صباح"
        let roles = Self.roles(["الوادي الأخضر", Self.headline, "بقلم هدى سالم", cut])
        #expect(roles[cut] == "body", "\(roles)")
        #expect(roles[Self.headline] == "title", "\(roles)")
    }
}
