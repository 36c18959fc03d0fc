import Testing

@testable import DossierLoader

/// Outlets from mastheads, byline tags and copyright lines, on wording from many sites (none
/// from the seeds); datelines, reporters' credits, leads and captions name none.
@Suite struct OutletDetectorTests {
    /// A story of its own for the tests that need a page: headline, lead and second paragraph.
    static let waterStory = (
        headline: "المحافظ: أنبوب المياه الجديد يغذي القضاء الجنوبي قبل الصيف",
        lead:
            "أعلن محافظ المدينة، اليوم السبت، أن أنبوب المياه الجديد سيغذي مناطق القضاء الجنوبي قبل حلول الصيف، بعد استكمال محطات الضخ.",
        second: "وقال المحافظ إن المشروع جزء من خطة لمعالجة شح المياه في الأحياء الطرفية."
    )

    /// The outlet `OutletDetector` finds on a page of `lines`, split as the loader splits it.
    static func outlet(_ lines: [String]) -> String? {
        let textLines = ParagraphSplitter.lines(of: lines.joined(separator: "\n"), firstLine: 1)
        return OutletDetector.detect(
            in: ArticleSplit(lines: textLines, roles: FurnitureClassifier.classify(textLines)))?
            .name
    }

    /// A lead or byline line, and the outlet its tag credits (nil: none).
    static let bylineCases: [(String, String?)] = [
        ("شفا – أعلنت وزارة الصحة في غزة ارتفاع عدد الضحايا إلى أربعين.", "شفا"),
        ("غزة (رويترز) - قال مسؤولون في قطاع الصحة إن المستشفيات تعمل بنصف طاقتها.", "رويترز"),
        ("(أ ف ب) - أعلنت السلطات الفرنسية إغلاق ثلاثة مطارات بسبب الضباب.", "أ ف ب"),
        ("عمّان - بترا - وقّع الأردن والعراق اتفاقية لتمديد خط الغاز.", "بترا"),
        (
            "الرباط - وكالة المغرب العربي للأنباء - افتتح وزير التجهيز الطريق السيار الجديد.",
            "وكالة المغرب العربي للأنباء"
        ),
        ("LONDON (Reuters) - Britain's economy grew faster than expected in the third quarter.", "Reuters"),
        ("PARIS (AFP) – Le gouvernement a présenté mercredi son projet de budget.", "AFP"),
        ("SANAA, Yemen (AA) – Two sailors were killed on Monday in a suicide attack.", "AA"),
        ("DUBAI, United Arab Emirates (AP) — A suspected attack struck a ship in the Red Sea.", "AP"),
        ("Sanaa, he said (AP) — the talks would resume.", nil),
        ("بيروت- وكالات- انتخب مجلس النواب اللبناني قائد الجيش رئيساً للجمهورية.", nil),
        ("واشنطن - أعلن البيت الأبيض أن الرئيس سيزور المنطقة الشهر المقبل.", nil),
        ("الناقورة - وكالات - تبادل الطرفان القصف لليوم الثالث على التوالي.", nil),
        ("قال وزير الخارجية - في مؤتمر صحفي - إن المفاوضات لم تصل إلى طريق مسدود.", nil),
        ("قال الوزير - في كلمته أمام البرلمان - إن الموازنة ستقر قبل نهاية الشهر.", nil),
        ("انتخب البرلمان العراقي رئيساً جديداً له بعد جولتين من التصويت.", nil),
        ("ارتفعت أسعار كوفيد-19 الأدوية في الأسواق المحلية بنسبة عشرة في المئة.", nil),
        ("Anglo-French talks resumed on Tuesday after a week of delays.", nil),
        // A holy city with its honorific is a place, and names no outlet.
        ("النجف الأشرف - أعلنت العتبة العلوية افتتاح المعرض السنوي للكتاب.", nil),
        // A country in an English dateline stands for its capital, and names no outlet.
        ("KUWAIT — The ministerial council met in Kuwait on Monday to discuss the situation.", nil),
        ("KUWAIT (KUNA) — The ministerial council met in Kuwait on Monday.", "KUNA"),
        ("الخميس - أعلنت الحكومة عطلة رسمية.", nil),
        // A Latin bare tag is an unlisted city, unless it is an agency's initials.
        ("Dakar —Le président sénégalais a été réélu au premier tour de l'élection.", nil),
        ("Nouakchott — The president opened the new port on Sunday.", nil),
        ("SPA — The Saudi cabinet approved the new tourism regulations on Tuesday.", "SPA"),
        // An exclusive's label before the name is no part of it.
        ("خاص خبر – مهما كانت النتيجة اليوم فإن المنتخبين سيعودان إلى بلديهما.", "خبر"),
        ("حصري شفا - كشفت مصادر مطلعة أن المفاوضات ستستأنف الأسبوع المقبل.", "شفا"),
        // A number run into a name's letters is the site's name; a number standing alone is a date's.
        ("حصري صدى24 - كشفت مصادر مطلعة أن المفاوضات ستستأنف الأسبوع المقبل.", "صدى24"),
        ("Sport360 – The league confirmed the fixtures for the new season on Monday.", nil),
        ("خاص نبض7 – أكدت مصادر في الوزارة أن القرار سيصدر خلال أيام.", "نبض7"),
        ("غزة 12 - أعلنت وزارة الصحة ارتفاع عدد الضحايا.", nil),
        ("حصري 2024م - أعلنت وزارة الصحة ارتفاع عدد الضحايا.", nil),
        // A given name and a family name after the place are the reporter's; a site's name of
        // two words has the article or a brand's word in it.
        ("الرباط - سعاد حمدي - أعلنت وزارة الصحة افتتاح مستشفى جديد في المدينة.", nil),
        ("القاهرة – محمود يسري – قال وزير الري إن منسوب النهر ارتفع.", nil),
        ("القاهرة - صدى البلد - قال وزير الري إن منسوب النهر ارتفع.", "صدى البلد"),
        ("عدن - عدن تايم - أعلنت السلطة المحلية استئناف الدراسة.", "عدن تايم"),
    ]

    @Test(arguments: bylineCases) func bylineTagInLead(_ text: String, _ outlet: String?) {
        #expect(OutletDetector.bylineTag(text, wholeLine: false)?.name == outlet)
    }

    /// A wire's dateline run into the lead with no dash: a listed place, perhaps a date, and a
    /// listed agency in parentheses. A name in parentheses after anything else is no credit.
    @Test(arguments: [
        ("الخرطوم 27 أكتوبر 2025 (شينخوا) أعلن رئيس مجلس السيادة انسحاب الجيش من المدينة.", "شينخوا"),
        ("بكين، 3 مايو 2024 (شينخوا) قال متحدث باسم الخارجية إن المحادثات ستستأنف.", "شينخوا"),
        ("غزة (الأناضول) أفاد مسؤولون بأن المعبر أغلق لليوم الثالث.", "الأناضول"),
        ("قال وزير الخارجية (رويترز) إن المحادثات ستستأنف الأسبوع المقبل.", nil),
        ("الخرطوم 27 أكتوبر 2025 (الصورة) أعلن رئيس مجلس السيادة انسحاب الجيش.", nil),
        ("الخرطوم اليوم وأمس (شينخوا) أعلن رئيس مجلس السيادة انسحاب الجيش.", nil),
        ("الكويت - 14 - 3 (كونا) -- أعلنت الحكومة خطة لدعم الصادرات الزراعية.", "كونا"),
        ("الدوحة في 14 مارس /قنا/ - أعلنت الحكومة خطة لدعم الصادرات الزراعية.", "قنا"),
        ("أبوظبي في 14 مارس / وام / أعلنت الحكومة خطة لدعم الصادرات الزراعية.", "وام"),
        ("القاهرة في 14 مارس /أ ش أ/ أعلنت الحكومة خطة لدعم الصادرات الزراعية.", "أ ش أ"),
        ("دمشق-سانا أعلنت الحكومة خطة لدعم الصادرات الزراعية خلال العام المقبل.", "سانا"),
        ("إسطنبول/ الأناضول أعلنت الحكومة خطة لدعم الصادرات الزراعية.", "الأناضول"),
        ("الكويت - 14 - 3 (الصورة) أعلنت الحكومة خطة لدعم الصادرات الزراعية.", nil),
        ("الدوحة في اجتماعها /قنا/ أعلنت الحكومة خطة لدعم الصادرات الزراعية.", nil),
    ])
    func wireDatelineRunIntoTheLead(_ text: String, _ agency: String?) {
        #expect(WireDateline(openingLead: text)?.agency == agency)
        let story = Self.waterStory
        #expect(Self.outlet([story.headline, "", text, "", story.second]) == agency)
    }

    /// A wire's dateline with the day and the month named twice, as Reuters writes it («دبي 4
    /// مارس آذار (رويترز) -»): the date's words do not make the place's segment too long to be
    /// read, however many the month's second name adds.
    @Test(arguments: [
        ("دبي 4 مارس آذار (رويترز) - أعلنت الهيئة تشغيل محطة التحلية الجديدة.", "رويترز"),
        ("عمان 17 أكتوبر تشرين الأول (رويترز) - قالت الحكومة إنها ستخفض أسعار الوقود.", "رويترز"),
        ("رام الله 3 يناير كانون الثاني (رويترز) - أفرجت السلطات عن عشرة معتقلين.", "رويترز"),
        ("بيت لحم 21 نوفمبر تشرين الثاني 2024 (أ ف ب) - افتتحت البلدية سوق الميلاد.", "أ ف ب"),
        // More words than a date takes before the parenthesis: a sentence, no dateline.
        ("أعلن المجلس البلدي في المدينة يوم 3 يناير كانون الثاني (رويترز) - عن خطة.", nil),
    ])
    func wireDatelineWithTheMonthNamedTwice(_ text: String, _ agency: String?) {
        #expect(OutletDetector.bylineTag(text, wholeLine: false)?.name == agency)
        let story = Self.waterStory
        #expect(Self.outlet([story.headline, "", text, "", story.second]) == agency)
    }

    @Test func bylineLineOfItsOwn() {
        #expect(OutletDetector.bylineTag("بغداد - وكالات", wholeLine: true) == nil)
        // A news theme's demo logo, never replaced, names no outlet.
        #expect(OutletDetector.bylineTag("News Elementor", wholeLine: true) == nil)
        #expect(OutletBrand.credited(byLine: "News Elementor") == nil)
        #expect(OutletDetector.bylineTag("دمشق - سانا", wholeLine: true)?.name == "سانا")
        // A reporter's name alone is no tag: it has no dash.
        #expect(OutletDetector.bylineTag("سامي الخطيب", wholeLine: true) == nil)
        // A title before listed places names the outlet; a reporter's name or a section there
        // does not.
        #expect(OutletDetector.bylineTag("صراحة ـ الرياض", wholeLine: true)?.name == "صراحة")
        #expect(OutletDetector.bylineTag("الراي السوداني - الفاشر", wholeLine: true)?.name == "الراي السوداني")
        #expect(OutletDetector.bylineTag("سامي الخطيب - الرياض", wholeLine: true) == nil)
        #expect(OutletDetector.bylineTag("محليات - الرياض", wholeLine: true) == nil)
        #expect(OutletDetector.bylineTag("مأرب - سبأ نت", wholeLine: true)?.name == "سبأ نت")
        // After a credit naming no one, a title names the outlet; an unlisted place does not.
        let lead = "متابعات – الراي السوداني – أعلن حاكم الإقليم نزوح آلاف العائلات"
        #expect(OutletDetector.bylineTag(lead, wholeLine: false)?.name == "الراي السوداني")
        #expect(OutletDetector.bylineTag("متابعات – عين العرب – أعلن المجلس", wholeLine: false) == nil)
        let latin = OutletDetector.bylineTag("(AFP) —", wholeLine: true)
        #expect(latin?.id == "afp")
        #expect(latin?.labelledEvidence == "byline tag: (AFP) —")
        // A list's bullet before the tag is no part of the name.
        let story = Self.waterStory
        #expect(
            Self.outlet([
                story.headline, "", "  • الوحدوي نت - مارب:", "  • منذ سنتين - Sunday 07 November 2021", story.headline,
                "", story.lead, "", story.second,
            ]) == "الوحدوي نت")
    }

    /// An agency credited in parentheses on the line right under the last paragraph names the
    /// outlet; the same line above the text, or a caption's «(أرشيف)», does not.
    @Test func agencyCreditedInParenthesesUnderTheText() {
        #expect(OutletDetector.parenthesizedCredit("(يو .بي .آي)")?.name == "يو .بي .آي")
        #expect(OutletDetector.parenthesizedCredit("(وكالات)") == nil)
        #expect(OutletDetector.parenthesizedCredit("(بيروت)") == nil)
        #expect(OutletDetector.parenthesizedCredit("(قال الوزير: لن نتراجع)") == nil)
        let headline = "تشكيل لجنة جديدة للانتخابات بمشاركة جميع الأطراف"
        let lead =
            "أعلن وزير الشؤون القانونية أن تشكيل لجنة جديدة للانتخابات سيتم بالتوافق بين جميع الأطراف السياسية خلال الأشهر المقبلة."
        let second = "وتوقع الوزير أن يتم تشكيل اللجنة في غضون شهر أو شهرين على أكثر تقدير، بعد انتهاء المشاورات."
        #expect(Self.outlet([headline, "", lead, "", second, "(سبأ)", "", "مقالات ذات صلة"]) == "سبأ")
        #expect(Self.outlet(["(سبأ)", headline, "", lead, "", second]) == nil)
    }

    /// A listed place and a name make a tag joined by a colon on a line of its own, by a dash
    /// on a short line filed anywhere, or by slashes at the head of the lead, the name closed
    /// by a slash; «وكالات», a second place or a font-size control name none.
    @Test func placeAndNameTags() {
        #expect(OutletDetector.colonTag("الخرطوم: الجريدة")?.name == "الجريدة")
        #expect(OutletDetector.colonTag("الشارقة: «الخليج»")?.name == "الخليج")
        #expect(OutletDetector.bylineTag("صنعاء ـ سبأنت", wholeLine: true)?.name == "سبأنت")
        #expect(OutletDetector.bylineTag("كـ عادته قال الوزير", wholeLine: false) == nil)
        #expect(OutletDetector.colonTag("الخرطوم: وكالات") == nil)
        #expect(OutletDetector.colonTag("المصدر: رويترز") == nil)
        #expect(OutletDetector.colonTag("الخرطوم: الوزير يعلن الخطة الجديدة للمياه") == nil)
        #expect(OutletDetector.placeTag("الدوحة- الوطن")?.name == "الوطن")
        #expect(OutletDetector.placeTag("A+ A-") == nil)
        #expect(OutletDetector.placeTag("الدوحة - بيروت") == nil)
        #expect(OutletDetector.slashTag(openingLead: "العمارة / نينا / عقد وزير الصحة اجتماعا موسعا")?.name == "نينا")
        #expect(OutletDetector.slashTag(openingLead: "بيت لحم / قال المحافظ إن الحصار يمنع الشرطة") == nil)
        // A dash may close the tag, glued to the name or not.
        #expect(
            OutletDetector.slashTag(openingLead: "بغداد/ شبكة أخبار العراق- خاطب رئيس الوزراء النواب")?.name
                == "شبكة أخبار العراق")
        #expect(
            OutletDetector.slashTag(openingLead: "القاهرة/ أعلن الرئيس المصري عبد الفتاح السيسي - في كلمة له") == nil)
    }

    /// A dateline right above the lead that the split filed as a photo's caption names the
    /// outlet when the name after its place cannot be a reporter's: a listed agency, a
    /// publication, a quoted name, an agency after a reporter, or a site crediting its staff.
    @Test func datelineFiledAsACaptionAboveTheLead() {
        #expect(OutletDetector.captionedDateline("حمص -سانا")?.name == "سانا")
        #expect(OutletDetector.captionedDateline("بغداد ـ وكالة الأنباء العراقية")?.name == "وكالة الأنباء العراقية")
        #expect(OutletDetector.captionedDateline("القاهرة: «رأي الأمة»")?.name == "رأي الأمة")
        #expect(OutletDetector.captionedDateline("إسطنبول/ محمد شيخ يوسف/ الأناضول")?.name == "الأناضول")
        #expect(OutletDetector.captionedDateline("مرصد مينا – هيئة التحرير")?.name == "مرصد مينا")
        #expect(OutletDetector.captionedDateline("Gulf Monitor / Editorial team")?.name == "Gulf Monitor")
        // A reporter after the place, an unquoted name, two people, or a photo's description: none.
        #expect(OutletDetector.captionedDateline("مسقط - اسلام سمحان") == nil)
        #expect(OutletDetector.captionedDateline("الخرطوم: الجريدة") == nil)
        #expect(OutletDetector.captionedDateline("إسطنبول/ محمد شيخ يوسف/ أحمد علي") == nil)
        #expect(OutletDetector.captionedDateline("الوزير خلال جولته في الموقع - رويترز") == nil)
        #expect(OutletDetector.captionedDateline("صورة – هيئة التحرير") == nil)
        let (headline, lead, second) = Self.waterStory
        #expect(Self.outlet([headline, "", "حمص -سانا", "", lead, "", second]) == "سانا")
        #expect(Self.outlet([headline, "", "المحافظ خلال تفقده محطة الضخ - سانا", "", lead, "", second]) == nil)
        // Only right above the lead: higher up, the line may be another story's teaser.
        #expect(Self.outlet([headline, "", "حمص -سانا", "", "DSC 0095", "", lead, "", second]) == nil)
    }

    /// A site's name set apart by a bar, or quoted, before its newsroom («فريق التحرير», «غرفة
    /// الأخبار») credits the site, and is no headline: with none in the paste, the lead stands in.
    @Test func siteCreditingItsNewsroomWithABarOrQuotes() {
        #expect(OutletDetector.staffCredit("الترا فلسطين | فريق التحرير")?.name == "الترا فلسطين")
        #expect(OutletDetector.staffCredit("> \"الأيام\" غرفة الأخبار")?.name == "الأيام")
        #expect(OutletDetector.staffCredit("«الوطن» هيئة التحرير")?.name == "الوطن")
        // Without a bar or quotes the name cannot be told from a sentence's words.
        #expect(OutletDetector.staffCredit("اجتماع طارئ في غرفة الأخبار") == nil)
        #expect(OutletDetector.staffCredit("صورة | فريق التحرير") == nil)
        let (_, lead, second) = Self.waterStory
        for credit in ["الترا فلسطين | فريق التحرير", "> \"الأيام\" غرفة الأخبار"] {
            let lines = ["10-ديسمبر-2018", "", credit, "", lead, "", second]
            let textLines = ParagraphSplitter.lines(of: lines.joined(separator: "\n"), firstLine: 1)
            let roles = FurnitureClassifier.classify(textLines)
            #expect(!roles.contains(.title), "\(credit)")
            #expect(Self.outlet(lines) != nil, "\(credit)")
        }
    }

    /// «site – reporter» on a line of its own credits the site when the page prints that name
    /// elsewhere as a line of its own (its masthead), even below the story's highlights; a
    /// name the page does not print, or a place, credits nothing.
    @Test func aSiteAndItsReporterWhenThePagePrintsTheSitesName() {
        let (headline, lead, second) = Self.waterStory
        let highlights = ["المحطة تضخ مئة ألف متر مكعب يوميا", "المرحلة الثانية تضاعف الطاقة خلال عامين"]
        let credit = "صدى الشعب – سليمان أبو خرمة"
        let page = ["محليات", "", headline, ""] + highlights + ["", credit, "", lead, "", second, "", "صدى الشعب"]
        #expect(FurnitureClassifierTests.roles(page)[credit] == "byline")
        #expect(Self.outlet(page) == "صدى الشعب")
        let unprinted = ["محليات", "", headline, ""] + highlights + ["", credit, "", lead, "", second]
        #expect(FurnitureClassifierTests.roles(unprinted)[credit] != "byline")
        #expect(Self.outlet(unprinted) == nil)
        let place = ["عمّان", "", headline, "", "عمّان – سليمان أبو خرمة", "", lead, "", second]
        #expect(
            SiteCredit(page: ParagraphSplitter.lines(of: place.joined(separator: "\n"), firstLine: 1))
                .site(creditedBy: TextLine(text: "عمّان – سليمان أبو خرمة", line: 5, block: 0)) == nil)
    }

    /// A short name and a slash (or a dash) on a line of its own credits an agency or a paper,
    /// right above the lead only; a listed place, «وكالات» or a breadcrumb's last part above
    /// the headline is none.
    @Test func agencyCreditWithASlashAboveTheLead() {
        #expect(OutletDetector.slashCredit("كنا /")?.name == "كنا")
        #expect(OutletDetector.slashCredit("/ واع /")?.name == "واع")
        #expect(OutletDetector.slashCredit("بغداد /") == nil)
        #expect(OutletDetector.slashCredit("وكالات /") == nil)
        #expect(OutletDetector.slashCredit("كنا") == nil)
        // A paper crediting itself with a dash, its dateline's place and text on the next line.
        #expect(OutletDetector.slashCredit("The Daily Tribune –")?.name == "The Daily Tribune")
        #expect(OutletDetector.slashCredit("الوطن -")?.name == "الوطن")
        #expect(OutletDetector.slashCredit("بغداد -") == nil)
        // A widget's label over a teaser, or a menu's, closed by a dash names no one.
        #expect(OutletDetector.slashCredit("قد يعجبك أيضًا -") == nil)
        #expect(OutletDetector.slashCredit("اقرأ أيضا -") == nil)
        #expect(OutletDetector.slashCredit("الرئيسية /") == nil)
        // A site crediting itself, a slash and «خاص» after its name; a place so is a dateline.
        #expect(OutletDetector.selfCredit("كريتر سكاي/خاص")?.name == "كريتر سكاي")
        #expect(OutletDetector.selfCredit("الشرق / متابعات")?.name == "الشرق")
        #expect(OutletDetector.selfCredit("عدن/خاص") == nil)
        #expect(OutletDetector.selfCredit("صحيفة عسير ــ متابعات")?.name == "صحيفة عسير")
        #expect(OutletDetector.selfCredit("الشرق - خاص")?.name == "الشرق")
        #expect(OutletDetector.selfCredit("آل-خليفة متابعات") == nil)
        #expect(OutletDetector.masthead("صحيفة عسير ــ متابعات")?.name == "صحيفة عسير")
        #expect(OutletDetector.selfCredit("كريتر سكاي/ صنعاء") == nil)
        #expect(OutletDetector.selfCredit("رئيس الوزراء يزور عدن/خاص") == nil)
        // Text-size buttons are no credit.
        #expect(OutletDetector.slashCredit("A+ A-") == nil)
        #expect(OutletDetector.slashCredit("+ الخط -") == nil)
        let (headline, lead, second) = Self.waterStory
        #expect(Self.outlet([headline, "", "نبأ /", "", lead, "", second]) == "نبأ")
        #expect(Self.outlet(["الرئيسية /", "محليات /", "", headline, "", lead, "", second]) == nil)
    }

    /// A site crediting itself with «متابعات», «متابعة» or «خاص» joined to its name by a bar,
    /// an underscore or a colon, spaced or not, tatweel and all; a place, a source's label or
    /// a sentence before the mark names no outlet.
    @Test func selfCreditJoinedByABarOrAnUnderscore() {
        #expect(OutletDetector.selfCredit("صدى المدينة|متابعات")?.name == "صدى المدينة")
        #expect(OutletDetector.selfCredit("الرائد نت_متابعة")?.name == "الرائد نت")
        #expect(OutletDetector.selfCredit("الفجـــر/متابعة")?.name == "الفجر")
        #expect(OutletDetector.selfCredit("وطن برس: خاص")?.name == "وطن برس")
        #expect(OutletDetector.selfCredit("عدن | متابعات") == nil)
        #expect(OutletDetector.selfCredit("المصدر: متابعات") == nil)
        #expect(OutletDetector.selfCredit("تصوير: خاص") == nil)
        #expect(OutletDetector.selfCredit("عدد الزوار: 1500") == nil)
        #expect(OutletDetector.selfCredit("• الرطوبة : ..%") == nil)
        #expect(OutletDetector.selfCredit("قال مصدر في الوزارة|متابعات") == nil)
        let (headline, lead, second) = Self.waterStory
        #expect(Self.outlet([headline, "", "صدى المدينة|متابعات", "", lead, "", second]) == "صدى المدينة")
        #expect(Self.outlet([headline, "", "الرائد نت_متابعة", "", lead, "", second]) == "الرائد نت")
        // Between a standfirst and the lead.
        let standfirst = "المحافظ يتفقد محطات الضخ الجديدة في القضاء الجنوبي برفقة وفد من الوزارة."
        #expect(Self.outlet([headline, "", standfirst, "", "الرائد نت/متابعات", "", lead, "", second]) == "الرائد نت")
    }

    /// A dateline in braces or brackets opening the lead, run into it or not, names the outlet
    /// after its place; braces around anything else name none.
    @Test func bracketedDatelineOpeningTheLead() {
        let cases: [(String, String?)] = [
            (
                "{الموصل: نينوى نيوز}أعلنت مديرية التربية في المحافظة تعطيل الدوام الرسمي غداً بسبب الأمطار.",
                "نينوى نيوز"
            ),
            ("[طرابلس - ليبيا الأحرار] أعلنت الحكومة صرف رواتب الشهر الماضي للموظفين.", "ليبيا الأحرار"),
            ("{تحديث} أعلنت مديرية التربية في المحافظة تعطيل الدوام الرسمي غداً بسبب الأمطار.", nil),
            ("[الموصل] أعلنت مديرية التربية في المحافظة تعطيل الدوام الرسمي غداً بسبب الأمطار.", nil),
        ]
        let (headline, _, second) = Self.waterStory
        for (lead, outlet) in cases {
            #expect(OutletDetector.bracketedTag(openingLead: lead)?.name == outlet, "\(lead)")
            #expect(Self.outlet([headline, "", lead, "", second]) == outlet, "\(lead)")
        }
    }

    /// A site's "follow us" widget names it, with or without «آخر الأخبار من» before the name,
    /// digits and all; an invitation naming no one, or a story's phrase, names no outlet.
    @Test func followWidgetNamesTheSite() {
        #expect(
            OutletDetector.followCredit("تابعوا آخر الأخبار من أنوار بريس على Google News تابعوا آخر الأخبار")?.name
                == "أنوار بريس")
        #expect(OutletDetector.followCredit("تابعو الأردن 24 على google news")?.name == "الأردن 24")
        #expect(OutletDetector.followCredit("تابع آخر أخبار النهار العربي على واتساب")?.name == "النهار العربي")
        #expect(OutletDetector.followCredit("Follow Gulf Daily News on WhatsApp")?.name == "Gulf Daily News")
        #expect(OutletDetector.followCredit("تابعونا على") == nil)
        #expect(OutletDetector.followCredit("تابع أحدث الأخبار عبر تطبيق google news") == nil)
        #expect(OutletDetector.followCredit("تابعوا آخر أخبار الحرب على غزة على تلغرام") == nil)
        #expect(OutletDetector.followCredit("تابعوا بغداد على تلغرام") == nil)
        // Readers are also asked to subscribe to or join the site's channel, the platform with
        // the article or without.
        #expect(OutletDetector.followCredit("اشترك في قناة شبكة النبأ على التليجرام")?.name == "شبكة النبأ")
        #expect(OutletDetector.followCredit("انضموا إلى قناة صوت الشمال على الواتساب")?.name == "صوت الشمال")
        #expect(OutletDetector.followCredit("Join Gulf Times on Telegram")?.name == "Gulf Times")
        #expect(OutletDetector.followCredit("اشترك في قناتنا على تلغرام") == nil)
        // Under the text it may be filed as another story's teaser; it is read all the same.
        let (headline, lead, second) = Self.waterStory
        #expect(
            Self.outlet([headline, "", lead, "", second, "", "تابعوا آخر الأخبار من صوت المدينة على Google News"])
                == "صوت المدينة")
    }

    /// A call to download the site's app names the site; one naming no app's site does not.
    @Test func appDownloadCallNamesTheSite() {
        #expect(OutletDetector.appCredit("حمّل تطبيق صدى البلد")?.name == "صدى البلد")
        #expect(OutletDetector.appCredit("حملوا تطبيق الأردن 24")?.name == "الأردن 24")
        #expect(OutletDetector.appCredit("Download the Khaleej Times app")?.name == "Khaleej Times")
        #expect(OutletDetector.appCredit("حمّل التطبيق") == nil)
        #expect(OutletDetector.appCredit("حمل تطبيق الأخبار على هاتفك") == nil)
        let (headline, lead, second) = Self.waterStory
        #expect(Self.outlet([headline, "حمّل تطبيق صدى البلد", "", lead, "", second]) == "صدى البلد")
    }

    /// The line a WordPress feed closes each post with names the site, in English, Arabic or
    /// French, and is furniture, not the story's last paragraph.
    @Test func feedFooterNamesTheSite() {
        #expect(
            OutletDetector.feedFooterCredit("The post مساع لتوفير الدقيق appeared first on السودان اليوم.")?.name
                == "السودان اليوم")
        #expect(
            OutletDetector.feedFooterCredit("ظهرت المقالة أمطار غزيرة في المدينة أولاً على صوت الجنوب.")?.name
                == "صوت الجنوب")
        #expect(
            OutletDetector.feedFooterCredit("L’article Neige sur les hauteurs est apparu en premier sur Le Réveil.")?
                .name
                == "Le Réveil")
        #expect(OutletDetector.feedFooterCredit("The post was first published on Monday.") == nil)
        let (headline, lead, second) = Self.waterStory
        let footer = "The post \(headline) appeared first on Al Madina News."
        #expect(Self.outlet([headline, "", lead, "", second, "", footer]) == "Al Madina News")
        let roles = FurnitureClassifierTests.roles([headline, "", lead, "", second, "", footer])
        #expect(roles[footer] == "footer")
    }

    /// A publication's credit ending with a colon right above the lead is kept as the lead's
    /// first line (it runs on into it), and names the outlet; a speaker's line does not.
    @Test func publicationCreditRunningOnIntoTheLead() {
        let (headline, lead, second) = Self.waterStory
        #expect(Self.outlet([headline, "", "شبكة أخبار المدينة:", lead, "", second]) == "شبكة أخبار المدينة")
        #expect(Self.outlet([headline, "", "وقال المحافظ:", lead, "", second]) == nil)
    }

    /// A listed place and a publication's name make a credit line even when filed as a caption;
    /// a tag joined by slashes names the outlet after its place, at the head of the lead or on
    /// a line of its own.
    @Test func publicationCreditAndSlashTag() {
        #expect(OutletDetector.publicationCredit("عمان - وكالة خبر")?.name == "وكالة خبر")
        #expect(OutletDetector.publicationCredit("مسقط - سامي الحاج") == nil)
        #expect(OutletDetector.publicationCredit("وكالة خبر - عاجل - عمان") == nil)
        let lead = "بغداد/ المسلة: أعلنت وزارة الكهرباء أن ساعات التجهيز ارتفعت في العاصمة."
        #expect(OutletDetector.slashTag(openingLead: lead)?.name == "المسلة")
        #expect(OutletDetector.slashTag(openingLead: "طرابلس/وادي نيوز/خاص:")?.name == "وادي نيوز")
        #expect(OutletDetector.slashTag(openingLead: "بغداد/ وكالات: تواصلت الاحتجاجات لليوم الثالث.") == nil)
        #expect(OutletDetector.slashTag(openingLead: "قال الوزير: إن ثلثي/نصف السكان بلا كهرباء.") == nil)
        #expect(OutletDetector.slashTag(openingLead: "نيوز/ المسلة: خبر") == nil)
    }

    /// A name that reads as a title, a slash and a listed place, as agencies credit themselves
    /// over the lead or at its head («المدار/بغداد..», «الغد برس/ البصرة: …»), name the outlet,
    /// the line of its own filed as a byline; a reporter's name before the place names none.
    @Test func nameThenPlaceSlashTag() {
        let lead = "أعلنت مديرية الصحة في البصرة افتتاح مستشفى جديد للأطفال بسعة مئتي سرير في مركز المحافظة."
        #expect(OutletDetector.slashTag(openingLead: "المدار/ بغداد.. " + lead)?.name == "المدار")
        #expect(OutletDetector.slashTag(openingLead: "الغد برس/ البصرة: " + lead)?.name == "الغد برس")
        #expect(OutletDetector.slashTag(openingLead: "محمد الكعبي/ بغداد: " + lead) == nil)
        let headline = "افتتاح مستشفى جديد للأطفال في البصرة"
        let second = "وقال مدير الصحة إن المستشفى يضم أقساما للعناية المركزة والطوارئ وحديثي الولادة."
        #expect(Self.outlet([headline, "", "المدار/بغداد..", lead, "", second]) == "المدار")
        let roles = FurnitureClassifierTests.roles([headline, "", "المدار/بغداد..", lead, "", second])
        #expect(roles["المدار/بغداد.."] == "byline", "\(roles)")
    }

    /// A copyright line's Arabic name is its first run of Arabic words: a tagline after a dash
    /// and a stray vowel sign opening the line are no part of it.
    @Test func copyrightNameStopsAtTheTagline() {
        let line = "ٍ جميع الحقوق محفوظة لموقع wadinews - وادي نيوز- أخبار الوادي © 2024"
        #expect(OutletDetector.owner(of: line)?.name == "وادي نيوز")
        #expect(OutletDetector.owner(of: line)?.id == "wadinews")
    }

    /// A photographer's credit and an agency's copyright joined by a slash credit a photo: the
    /// page's outlet is neither; a site's own copyright line under the text still names it.
    @Test func photoCopyrightAfterASlashNamesNoOutlet() {
        let (headline, lead, second) = Self.waterStory
        let credit = "Copyright Michel Euler/Copyright 2021 The Associated Press. All rights reserved"
        #expect(LexicalFurniture.isPhotoCopyright(credit))
        #expect(Self.outlet([headline, credit, "", lead, "", second]) == nil)
        #expect(Self.outlet([headline, "", lead, "", second, "", "© 2024 صوت المدينة. جميع الحقوق محفوظة"]) != nil)
    }

    /// A «©» line over the lead that states no rights credits the photo under the headline
    /// («© Agency . Photographer»): the site's own notice under the text names the outlet, and the
    /// photo's credit only a page that has no other.
    @Test func aPhotosCopyrightOverTheLeadYieldsToTheSitesNotice() {
        let (headline, lead, second) = Self.waterStory
        for credit in ["© وكالة الأنباء . سامي خليل", "© Anadolu . Ali Hassan"] {
            let page = [headline, "", credit, "", lead, "", second, "", "© 2024 الرافدين نيوز جميع الحقوق محفوظة"]
            #expect(Self.outlet(page) == "الرافدين نيوز", "\(credit)")
        }
        let ownNotice = ["© 2024 صوت المدينة. جميع الحقوق محفوظة", "", headline, "", lead, "", second]
        #expect(Self.outlet(ownNotice + ["", "© 2024 Anadolu"]) == "صوت المدينة")
    }

    /// A short header line, and the brand it credits (nil: none): a brand among places,
    /// reporters and «وكالات», never in a photo's credit, a menu or a sentence.
    static let brandLineCases: [(String, String?)] = [
        ("الدوحة - الخليج أونلاين", "الخليج أونلاين"),
        ("عدن تايمز | عدن", "عدن تايمز"),
        ("متابعات _ صنعاء برس", "صنعاء برس"),
        ("طرابلس – ليبيا 24 – خاص", "ليبيا 24"),
        ("Middle East Online - London", "Middle East Online"),
        ("صورة: ميدل إيست نيوز", nil),
        ("الرئيسية | أخبار | رياضة | ميدل إيست نيوز | اتصل بنا", nil),
        ("الدوحة - وكالات", nil),
        ("قال مدير الخليج أونلاين إن الموقع سيطلق نسخة جديدة.", nil),
        ("مدينة اليوم", "مدينة اليوم"),
        ("اليوم", nil),
        ("Home News", nil),
    ]

    @Test(arguments: brandLineCases) func brandCreditLine(_ text: String, _ outlet: String?) {
        #expect(OutletBrand.credited(byLine: text) == outlet)
    }

    /// A dateline naming its source after the date; a photo's source or «وكالات» is none.
    @Test func sourceNamedByADateline() {
        #expect(OutletDetector.datelineSource("2023-12-18 16:51:38 - المصدر: سكاي نيوز") == "سكاي نيوز")
        #expect(OutletDetector.datelineSource("المصدر: رويترز") == nil)
        #expect(OutletDetector.datelineSource("2024-01-05 10:00 - المصدر: وكالات") == nil)
    }

    /// The outlet in a dateline under the standfirst, and in an aggregator's dateline.
    @Test func outletNamedByADatelineOfThePage() {
        let lead =
            "The water minister said on Monday that the new desalination plant had started pumping water to the city, "
            + "a month ahead of schedule."
        let second = "The second phase of the project will double the plant's capacity within two years, he added."
        let standfirst =
            "The minister says the new desalination plant will supply the coastal city a month ahead of schedule"
        #expect(
            Self.outlet([
                "Desalination plant opens in coastal city", "", standfirst, "", "Coast Online, Monday 30 Apr 2012", "",
                lead, "", second,
            ]) == "Coast Online")
        #expect(
            Self.outlet([
                "Desalination plant opens in coastal city", "", "2023-12-18 16:51:38 - المصدر: Coast Times", "", lead,
                "",
                second,
            ]) == "Coast Times")
    }

    /// A web address alone on a line credits its site, above the text or under a reporter's
    /// credit after it; a network's address, an image's file name, or an address inside a sentence,
    /// names none.
    @Test func webAddressAloneOnALine() {
        #expect(OutletDetector.webAddressCredit("aljazeera.net")?.name == "aljazeera.net")
        #expect(OutletDetector.webAddressCredit(" www.Hespress.com ")?.name == "Hespress.com")
        #expect(OutletDetector.webAddressCredit("www.Hespress.com")?.id == "hespress")
        // A name that is only a common word keeps its domain.
        #expect(OutletDetector.webAddressCredit("News.Az")?.id == "news-az")
        #expect(OutletDetector.webAddressCredit("press.tv")?.id == "press-tv")
        #expect(OutletDetector.webAddressCredit("facebook.com") == nil)
        #expect(OutletDetector.webAddressCredit("زوروا موقعنا aljazeera.net") == nil)
        #expect(OutletDetector.webAddressCredit("10.5") == nil)
        #expect(OutletDetector.webAddressCredit("v1.2.3") == nil)
        #expect(OutletDetector.webAddressCredit("5d10de6f33235.jpg") == nil)
        let page = [
            "ألف أسرة تنزح إلى جنوب المدينة خوفا من المعارك", "",
            "نزحت أكثر من ألف أسرة إلى الأحياء الجنوبية للمدينة خلال الأسبوع الماضي، وتقيم معظمها في المدارس والمساجد.",
            "",
            "وقال متطوعون إن المدارس تفتقر إلى المياه والدواء، وإن الأطفال يشكلون نصف النازحين تقريبا.", "",
            "تقرير: سامي عثمان", "", "coastnews.net",
        ]
        #expect(Self.outlet(page) == "coastnews.net")
    }

    /// A brand before a comma and the article's date: the outlet's own dateline, a byline.
    @Test func brandOpeningADateline() {
        #expect(OutletBrand.credited(byDateline: "Ahram Online, Monday 30 Apr 2012") == "Ahram Online")
        #expect(OutletBrand.credited(byDateline: "Cairo, Monday 30 Apr 2012") == nil)
        #expect(OutletBrand.credited(byDateline: "Ahram Online, the ministry said on Monday") == nil)
        let line = TextLine(text: "Ahram Online, Monday 30 Apr 2012", line: 1, block: 0)
        #expect(LexicalFurniture.kind(of: line) == .byline)
    }

    /// A lead, and the brand that opens it before a colon or a slash (nil: none).
    static let brandLeadCases: [(String, String?)] = [
        ("الخليج أونلاين:أعلنت وزارة الداخلية القطرية إطلاق خدمة جديدة للمقيمين.", "الخليج أونلاين"),
        ("عدن تايمز:- قال محافظ عدن إن الكهرباء ستعود خلال يومين.", "عدن تايمز"),
        ("Middle East Online/ The ministry said on Monday that talks would resume.", "Middle East Online"),
        ("وزير الداخلية: لا تهاون مع مثيري الشغب في الملاعب.", nil),
        ("القاهرة: أعلنت الحكومة المصرية خفض أسعار الوقود.", nil),
        ("قال الوزير إن 3/4 المشاريع أنجزت.", nil),
    ]

    @Test(arguments: brandLeadCases) func brandOpeningTheLead(_ text: String, _ outlet: String?) {
        #expect(OutletBrand.credited(byLead: text) == outlet)
    }

    /// A header line, and the publication it names as a masthead (nil: none).
    static let mastheadCases: [(String, String?)] = [
        ("جريدة الوطن", "جريدة الوطن"),
        ("صحيفة الأيام البحرينية", "صحيفة الأيام البحرينية"),
        ("وكالة الأنباء الأردنية", "وكالة الأنباء الأردنية"),
        ("صحيفة أمريكية: \"محادثات سرية\" بين ماسك وبوتين", nil),
        ("جريدة", nil),
        ("موقع 24 ساعة", nil),
        ("الرئيسية", nil),
        ("قناة السويس تسجل إيرادات قياسية خلال العام الماضي رغم التوترات", nil),
        ("قناة العربية", "قناة العربية"),
        ("صحيفة يمنية مستقلة", nil),
        ("جريدة يومية شاملة", nil),
        ("منصة الصباح", "منصة الصباح"),
    ]

    @Test(arguments: mastheadCases) func mastheadLine(_ text: String, _ outlet: String?) {
        #expect(OutletDetector.masthead(text)?.name == outlet)
    }

    /// Whole pages: (page, outlet name, evidence) — nil when the page names no outlet.
    static let pages: [(String, String?, String?)] = [
        // A site's visitor counters name no outlet.
        (
            """
            الأحصائيات
            عدد زوار الحالي:31
            عدد زوار اليوم:4169
            عدد زوار الشهر:64173
            افتتاح جسر جديد يربط ضفتي النهر في المدينة
            افتتح محافظ المدينة صباح الأحد جسراً جديداً يربط ضفتي النهر، بطول ثمانمئة متر وبكلفة بلغت ثلاثين مليون دولار.
            وقال المحافظ إن الجسر سيخفف الازدحام في وسط المدينة بنسبة كبيرة خلال ساعات الذروة.
            """, nil, nil
        ),
        (
            """
            جريدة الوطن
            الرئيسية
            محليات
            رياضة
            افتتاح جسر جديد يربط ضفتي النهر في المدينة
            الأحد 12 يناير 2025
            افتتح محافظ المدينة صباح الأحد جسراً جديداً يربط ضفتي النهر، بطول ثمانمئة متر وبكلفة بلغت ثلاثين مليون دولار.
            وقال المحافظ إن الجسر سيخفف الازدحام في وسط المدينة بنسبة كبيرة خلال ساعات الذروة.
            """, "جريدة الوطن", "masthead: جريدة الوطن"
        ),
        (
            """
            وزارة الصحة تعلن افتتاح مستشفى ميداني جديد في خان يونس
            2025-02-03
            شفا – أعلنت وزارة الصحة افتتاح مستشفى ميداني جديد في خان يونس يضم مئة سرير وغرفتي عمليات.
            وأضافت الوزارة في بيان أن المستشفى سيعمل على مدار الساعة، وأن طواقمه وصلت صباح اليوم.
            """, "شفا", "byline tag: شفا –"
        ),
        (
            """
            البرلمان اللبناني ينتخب رئيساً للجمهورية بعد شغور دام عامين
            9 يناير 2025
            بيروت- وكالات- انتخب مجلس النواب اللبناني قائد الجيش رئيساً للجمهورية في الجولة الثانية من التصويت.
            وحصل الرئيس المنتخب على تسعة وتسعين صوتاً من أصل مئة وثمانية وعشرين.
            """, nil, nil
        ),
        (
            """
            الرئيس المنتخب يؤدي اليمين الدستورية أمام البرلمان
            الرئيس المنتخب خلال أداء اليمين في بيروت (رويترز)
            المصدر: رويترز
            أدى الرئيس المنتخب اليمين الدستورية أمام مجلس النواب بعد ظهر الخميس، وألقى خطاباً تعهد فيه بإصلاح القضاء.
            وقال في خطابه إن «مرحلة جديدة» تبدأ اليوم، داعياً القوى السياسية إلى التعاون مع الحكومة المقبلة.
            """, nil, nil
        ),
        (
            """
            أسعار النفط ترتفع مع تراجع المخزونات الأميركية
            الأربعاء 15 يناير 2025
            لندن (رويترز) - ارتفعت أسعار النفط يوم الأربعاء بعدما أظهرت بيانات تراجع المخزونات الأميركية للأسبوع الثامن.
            وصعدت العقود الآجلة لخام برنت ستين سنتاً إلى ثمانين دولاراً للبرميل في التعاملات الصباحية.
            © 2025 جميع الحقوق محفوظة لصحيفة النهار
            """, "صحيفة النهار", nil
        ),
        (
            """
            افتتاح معرض الكتاب في الدوحة بمشاركة أربعمئة دار نشر
            الدوحة - الخليج أونلاين
            افتتح وزير الثقافة القطري معرض الدوحة الدولي للكتاب صباح الخميس بمشاركة أربعمئة دار نشر من ثلاثين دولة.
            وقال الوزير إن المعرض يستمر عشرة أيام، وإن برنامجه يضم ندوات وأمسيات شعرية.
            """, "الخليج أونلاين", "byline tag: الدوحة - الخليج أونلاين"
        ),
        (
            """
            محافظ عدن يعد بعودة الكهرباء خلال يومين
            عدن تايمز:- قال محافظ عدن إن الكهرباء ستعود إلى أحياء المدينة خلال يومين بعد وصول شحنة الوقود.
            وأضاف المحافظ أن السلطة المحلية تعمل مع المؤسسة العامة للكهرباء على جدول لتوزيع الأحمال.
            """, "عدن تايمز", nil
        ),
    ]

    @Test(arguments: pages) func outletOfPage(_ page: String, _ name: String?, _ evidence: String?) throws {
        let detection = try ArticleDetection.detect(Array(page.utf8))
        #expect(detection.outletName == name)
        if let evidence { #expect(detection.outletEvidence == evidence) }
    }
}
