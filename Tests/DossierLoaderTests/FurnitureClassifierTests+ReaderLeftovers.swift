import Testing

@testable import DossierLoader

/// A clip's headline quoting a channel's reporter, a widget's heading naming the site, and a
/// dateline under the lead opening another story appended to the page.
extension FurnitureClassifierTests {
    /// «مراسل "…": …» with a headline's words after the colon is the title, and the quoted name,
    /// credited again at the head of the lead, the outlet; the same credit with the reporter's
    /// name after the colon is a byline.
    @Test func aHeadlineQuotingAChannelsReporter() {
        let headline = "مراسل «الرابعة»: طوابير طويلة أمام محطات الوقود في المدينة"
        let lead =
            "سلمى يوسف | مراسلة «الرابعة» - البصرة: اصطفت مئات السيارات منذ الفجر أمام محطات الوقود في المدينة "
            + "بعد تأخر وصول الشحنات من المصفى، وسط وعود بحل الأزمة خلال يومين."
        let roles = Self.roles(["", headline, lead])
        #expect(roles[headline] == "title", "\(roles)")
        #expect(roles[lead] == "body")
        #expect(OutletDetectorTests.outlet(["", headline, lead]) == "الرابعة")
        let byline = "مراسل \"الرابعة\": سامر علي"
        #expect(Self.roles([Self.headline, byline, Self.lead, Self.second])[byline] == "byline")
        // A sentence naming another channel's reporter as its source names no outlet.
        let quoting = "وأفاد مراسل \"الرابعة\" بأن " + Self.lead
        #expect(QuotedReporterCredit.outlet(in: quoting) == nil)
    }

    /// A short header line closing on the site itself («الأحدث على الموقع») is a widget's
    /// heading, not the headline of a page that prints none, when it shares no word with the
    /// lead; a headline stays one, even one closing on the site its story tells of.
    @Test func aWidgetHeadingNamingTheSiteIsNoHeadline() {
        for heading in ["الأحدث على الموقع", "الأكثر قراءة في الموقع", "جديد موقعنا"] {
            let roles = Self.roles([heading, "", Self.lead, Self.second])
            #expect(roles[heading] == "navigation", "\(heading): \(roles)")
        }
        let headline = "أزمة المياه في المدينة الساحلية"
        #expect(Self.roles([headline, "", Self.lead, Self.second])[headline] == "title")
        // A short headline ending on a site its lead tells of stays the headline.
        let siteHeadline = "الجيش يسيطر على الموقع"
        let siteLead =
            "الخرطوم - أعلن الجيش صباح اليوم أنه بسط سيطرته الكاملة على الموقع العسكري شمال المدينة "
            + "بعد معارك استمرت ثلاثة أيام."
        let siteSecond = "وقال المتحدث باسم الجيش إن عمليات التمشيط مستمرة في الأحياء المجاورة للموقع."
        #expect(Self.roles(["أخبار", siteHeadline, siteLead, siteSecond])[siteHeadline] == "title")
    }

    /// A paragraph under the lead opening with a credited dateline («جدة – الرياضية | …») is
    /// another story's lead when it shares little with the story; one that goes on with the
    /// story stays its own, and so does a paragraph opening with a place and a dash alone.
    @Test func aDatelineUnderTheLeadOpensAnAppendedStory() {
        let appended =
            "جدة – الرياضية | توج فريق الاتحاد بلقب كأس السوبر للكرة الطائرة بعد فوزه على الهلال بثلاثة أشواط نظيفة."
        let roles = Self.roles([Self.headline, "", Self.lead, Self.second, appended])
        #expect(roles[appended] == "unrelated", "\(roles)")
        #expect(roles[Self.second] == "body")
        let told =
            "عمان – بترا | وقال مدير المحطة إن محطة التحلية الجديدة في المدينة الساحلية ستضخ المياه إلى الأحياء الشرقية."
        #expect(Self.roles([Self.headline, "", Self.lead, Self.second, told])[told] == "body")
        // A place and a dash with no credit after them may open a roundup's paragraph.
        let roundup = "جدة - توج فريق الاتحاد بلقب كأس السوبر للكرة الطائرة بعد فوزه على الهلال بثلاثة أشواط نظيفة."
        #expect(Self.roles([Self.headline, "", Self.lead, Self.second, roundup])[roundup] == "body")
    }

    /// A section under a subheading whose paragraph announces what follows with a colon and
    /// names what the story told («… المحطة، صدرت التوصيات التالية:») goes on with the story,
    /// even when the copy ends before the list; a widget's label naming nothing of the story
    /// stays furniture.
    @Test func aSectionAnnouncingWhatFollowsIsTheStorys() {
        let subheading = "التوصيات الصادرة"
        let announcing = "بناء على نتائج الفحص الأولي لعينات المحطة، صدرت التوصيات التالية:"
        let roles = Self.roles([
            Self.headline, "", Self.lead, Self.second, subheading, announcing, "مواعيد التنفيذ",
        ])
        #expect(roles[announcing] == "body", "\(roles)")
        let label = "كلمات يبحث عنها زوار الموقع كثيرا هذا الأسبوع:"
        let widget = Self.roles([
            Self.headline, "", Self.lead, Self.second, "مواضيع من موسوعة الأخبار", label, "تحميل تطبيق الجوال",
        ])
        #expect(widget[label] != "body", "\(widget)")
    }
}

extension FurnitureClassifierTests {
    /// A browser tab's title at the top of the page, the headline, a bar and a name that the
    /// line under it opens with before a colon, is the title, though the lead shares more words
    /// with that line; without the name printed again, the line the lead matches best is.
    @Test func aTabTitleOverALineOpeningWithItsName() {
        let tab = "إلى متى نصبر على هذا؟ | سامي الخطيب يكتب"
        let standfirst = "سامي الخطيب يكتب: الحكومة تحمل المواطن كلفة العجز ومحطات الوقود تغلق أبوابها"
        let lead =
            "قررت الحكومة رفع أسعار الوقود للمرة الثالثة هذا العام، فأغلقت محطات الوقود أبوابها ساعات، "
            + "ووجد المواطن نفسه يدفع كلفة العجز وحده من جديد."
        let second = "وكان وزير المالية قد وعد في الربيع الماضي بتثبيت الأسعار حتى نهاية السنة."
        let roles = Self.roles([tab, "", standfirst, "", lead, second])
        #expect(roles[tab] == "title", "\(roles)")
        #expect(roles[lead] == "body")
        let other = "سامي الخطيب: الحكومة تحمل المواطن كلفة العجز ومحطات الوقود تغلق أبوابها"
        #expect(Self.roles([tab, "", other, "", lead, second])[tab] != "title")
    }
}

extension OutletDetectorTests {
    /// An aggregator's masthead naming the paper it gathered the story from after a dash
    /// («موقع أخبار اليوم - صدى الجنوب»), the page crediting that paper again («متابعات - صدى
    /// الجنوب»): the paper is the outlet. Without that credit the masthead is read whole.
    @Test func anAggregatorsMastheadNamingItsSource() {
        let story = Self.waterStory
        let masthead = "موقع أخبار اليوم - صدى الجنوب"
        #expect(
            Self.outlet([masthead, "متابعات - صدى الجنوب", story.headline, "", story.lead, "", story.second])
                == "صدى الجنوب")
        #expect(Self.outlet([masthead, story.headline, "", story.lead, "", story.second]) == masthead)
    }
}
