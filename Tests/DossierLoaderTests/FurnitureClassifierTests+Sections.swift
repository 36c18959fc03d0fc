import Testing

@testable import DossierLoader

/// Where the story ends and what stays in it though it does not read as prose: paragraphs a
/// site ends without a stop, a dateline above the lead, an announced transcript.
extension FurnitureClassifierTests {
    /// A site that ends its paragraphs without a stop: the last ones, opening with the
    /// conjunction «و» on a verb, stay the story's above the page's footer links; a teaser
    /// opening with a noun that starts with «و» («وزير»), a caption with a comma under the
    /// story, and a line followed by another story's teaser do not.
    @Test func unstoppedLastParagraphsStayAboveTheFooter() {
        let flooded = "وغمرت المياه بعض الأحياء القريبة من الشاطئ بعد ساعات من بدء التشغيل التجريبي"
        let closed = "وأغلقت السلطات الطريق الساحلي المؤدي إلى المحطة حتى إشعار آخر"
        let footer = ["عرض مصدر الخبر", "تطبيق الأخبار"]
        let roles = Self.roles([Self.headline, Self.lead, Self.second, flooded, closed] + footer)
        #expect(roles[flooded] == "body" && roles[closed] == "body")
        #expect(roles[footer[0]] != "body")
        let minister = "وزير المياه يتفقد محطة التحلية الجديدة في المدينة الساحلية اليوم"
        #expect(Self.roles([Self.headline, Self.lead, Self.second, minister] + footer)[minister] != "body")
        let caption = "صورة من حفل الافتتاح في المدينة الساحلية، بحضور محافظ المنطقة وعدد من المسؤولين"
        #expect(Self.roles([Self.headline, Self.lead, Self.second, caption] + footer)[caption] != "body")
        let teaser = "الحكومة تعلن خطة جديدة لدعم المزارعين في الجنوب والشمال"
        #expect(Self.roles([Self.headline, Self.lead, Self.second, flooded, teaser] + footer)[flooded] != "body")
    }

    /// A section headed by a name the story has told («• هاني الشامي» over his profile, in a
    /// story on two candidates) is the story's, though the profile shares no other word with it;
    /// under a name the story never told, the same profile is another story's.
    @Test func aSectionHeadedByANameTheStoryToldIsTheStorys() {
        let profile = "يعمل مهندسا منذ عشرين عاما، وهو من مواليد سنة 1970 في مدينة حمص، ودرس في جامعة دمشق ثم في باريس."
        func roles(under head: String) -> [String: String] {
            Self.roles([
                "قائمة المرشحين المقبولين لرئاسة البلدية", "",
                "أعلنت اللجنة الانتخابية اليوم قبول ملفي مرشحين اثنين لرئاسة البلدية هما سامر الحلبي وهاني الشامي، "
                    + "بعد دراسة الطعون.", "",
                "وقالت اللجنة إن الحملة الانتخابية تبدأ الأسبوع المقبل وتستمر ثلاثة أسابيع قبل يوم الاقتراع.", "",
                "  • سامر الحلبي", "",
                "هو رئيس البلدية منذ انتخابات 2019، ويترشح لولاية ثانية بعد أن قدم ملفه إلى اللجنة الانتخابية.", "",
                " ", "", head, "", profile, "", "الكلمات المفتاحية", "الانتخابات البلدية", "شارك", "فيسبوك",
            ])
        }
        let told = roles(under: "  • هاني الشامي")
        #expect(told["• هاني الشامي"] == "body" && told[profile] == "body", "\(told)")
        let untold = roles(under: "  • خالد العمر")
        #expect(untold["• خالد العمر"] == "unrelated" && untold[profile] == "unrelated", "\(untold)")
    }

    /// A story of a camp for displaced families, under a subheading: the sections tests add
    /// their own section under it.
    static let campStory = [
        "نقلت فرق الإغاثة مئات الأسر النازحة إلى مخيم جديد قرب مدينة كسلا، حيث أظهرت صور الموقع المتطوعين "
            + "وهم يجهزون الخيام.",
        "وشاركت منظمات محلية ودولية في نصب الخيام لإيواء الأسر التي فرت من القتال خلال الأسبوع الماضي.",
        "أوضاع صعبة",
        "ويعاني النازحون من نقص الغذاء والمياه بعد رحلة طويلة سيرا على الأقدام.",
        "ويؤوي المخيم أكثر من ثلاثة آلاف نازح، وسط توقعات بازدياد الأعداد.",
    ]

    /// A subheading over a paragraph that opens on a connective or a reporting verb («وأوضح …»)
    /// goes on with the story, though its words (clinics, doctors) are not the lead's (tents,
    /// displaced families): another story's lead does not open so. The same paragraph opening
    /// on its verb alone is still read as another story.
    @Test func aSectionOpeningOnAConnectiveContinuesTheStory() {
        func roles(_ paragraph: String) -> [String: String] {
            Self.roles(Self.campStory + ["عيادات في المخيم", paragraph])
        }
        let told = "مدير الصحة بالولاية أن العيادات تضم طبيبا وصيدلية ومختبرا، مبينا أن العيادات تعمل على مدار الساعة."
        let continued = "وأوضح " + told
        let kept = roles(continued)
        #expect(kept[continued] == "body" && kept["عيادات في المخيم"] == "body", "\(kept)")
        let bare = "أوضح " + told
        #expect(roles(bare)[bare] == "unrelated")
    }

    /// A page whose lines under the headline end without full stops: the first section is the
    /// story (nothing was told before it for it to be another story), so the article keeps a
    /// body; the same lines under a lead that tells another story are set aside.
    @Test func unstoppedLinesUnderTheHeadlineAreTheStory() {
        let headline = "انعقد اليوم مجلس الوزراء في القصر الحكومي بالعاصمة برئاسة رئيس الوزراء"
        let agenda = "ويدرس المجلس ويصادق على بعض مشاريع القوانين كما قد يتخذ بعض الإجراءات الخاصة بالتعيينات"
        let roles = Self.roles([headline, "", agenda, "", "التعليقات مغلقة."])
        #expect(roles[agenda] == "body", "\(roles)")
        let told = Self.roles([
            "الفيضانات تغمر أحياء المدينة الساحلية", "",
            "غمرت مياه الأمطار الغزيرة عدة أحياء في المدينة الساحلية صباح اليوم، وأغلقت الطرق المؤدية إلى الميناء.", "",
            headline, "", agenda,
        ])
        #expect(told[agenda] != "body", "\(told)")
    }

    /// A headline stands over its standfirst with the photo's credit between them: the headline
    /// is the title, the standfirst (it retells the lead) stays with the body.
    @Test func aHeadlineOverACreditAndItsStandfirst() {
        let headline = "قائمة المرشحين المقبولين لرئاسة البلدية"
        let standfirst = "المرشحان اللذان قبلت اللجنة الانتخابية ملفيهما لرئاسة البلدية هما سامر الحلبي وهاني الشامي"
        let lead =
            "أعلنت اللجنة الانتخابية اليوم قبول ملفي مرشحين اثنين فقط لرئاسة البلدية هما سامر الحلبي وهاني الشامي، "
            + "بعد دراسة الطعون."
        let roles = Self.roles([
            "10-أغسطس-2024", headline, "(سامي الخطيب/ الأناضول)", "", standfirst, "", lead, "", Self.second,
        ])
        #expect(roles[headline] == "title", "\(roles)")
        #expect(roles[standfirst] == "body")
    }

    /// A listed place and a title joined by a dash right above the lead is its dateline, not
    /// the headline; a place and a reporter's name there are left to the header's rules. A
    /// breadcrumb from the home page, its parts joined by a spaced «»», is the site's menu.
    @Test func aPlaceAndATitleAboveTheLeadAreItsDateline() {
        let dateline = "الجزائر - النهار العربي"
        #expect(Self.roles([dateline, Self.lead, Self.second])[dateline] == "byline")
        let reporter = "الجزائر - سامي الخطيب"
        #expect(Self.roles([reporter, Self.lead, Self.second])[reporter] != "byline")
        let crumb = "الرئيسية » في الأخبار"
        #expect(Self.roles([crumb, Self.headline, Self.lead, Self.second])[crumb] == "navigation")
    }

    /// A transcript a line announces keeps its speakers' names and questions, though they read
    /// as headlines over answers that drift from the lead; the related links after its last
    /// answer stay the footer.
    @Test func anAnnouncedTranscriptKeepsItsTurns() {
        let question = "السؤال الأول:"
        let speaker = "الوزير:"
        let answer =
            "نعمل منذ سنوات على تحديث الأسطول البحري وتدريب البحارة في الموانئ، فالأسطول البحري عماد الموانئ."
        let nextQuestion = "ماذا عن الأسطول البحري في الموانئ المجاورة؟"
        let secondAnswer =
            "وقعنا اتفاقيات لتدريب البحارة وتحديث الموانئ مع ثلاث دول، ويزور الأسطول البحري الموانئ كل عام."
        let link = "اقرأ أيضا: أسعار الذهب اليوم في الأسواق المحلية"
        let announcement = "وفيما يلي نص المقابلة:"
        let lines = [
            Self.headline, Self.lead, announcement, question, speaker, answer, nextQuestion, "الوزير مجددا:",
            secondAnswer, link,
        ]
        let roles = Self.roles(lines)
        for line in [announcement, question, speaker, answer, nextQuestion, secondAnswer] {
            #expect(roles[line] == "body", "\(line)")
        }
        #expect(roles[link] != "body")
    }
}

extension FurnitureClassifierTests {
    /// Two official stories share offices and bodies («رئيس», «الوزراء», «مجلس»), and no more:
    /// another appended under a minister's meeting is still another story. A section of the
    /// meeting's own, sharing its particular words, stays.
    @Test func storiesSharingOnlyOfficesAreTwoStories() {
        let meeting = [
            "نائب رئيس الوزراء وزير الخارجية يلتقي نظيره الأردني",
            "التقى نائب رئيس مجلس الوزراء وزير الخارجية نظيره الأردني في عمّان، وبحث الجانبان تعزيز التعاون الاقتصادي بين البلدين وفتح المعابر الحدودية.",
            "وأكد الجانبان أهمية تنسيق المواقف إزاء أزمات المنطقة، ودعوا إلى تسريع العمل بمشروع الربط الكهربائي وخط نقل النفط عبر الأراضي الأردنية.",
            "وفي ختام اللقاء سلم الوزير نظيره الأردني دعوة لحضور القمة العربية المقبلة التي تستضيفها بغداد في الربيع.",
        ]
        let interpellation = [
            "مجلس النواب يستجوب رئيس الوزراء",
            "بدأ مجلس النواب في جلسته أمس استجواب رئيس الوزراء بشأن ارتفاع أسعار الوقود، بعد طلب قدمه عشرون نائبا اتهموا الحكومة بإخفاء كلفة الدعم.",
            "وقال مقدم الاستجواب إن أسعار الوقود ارتفعت ثلاث مرات منذ بداية السنة، وإن رئيس الوزراء لم يقدم للمجلس أرقام الدعم التي وعد بها.",
        ]
        let roles = Self.roles((meeting + interpellation).flatMap { [$0, ""] })
        for line in interpellation { #expect(roles[line] == "unrelated", "\(line): \(roles[line] ?? "none")") }
        for line in meeting.dropFirst() { #expect(roles[line] == "body", "\(line)") }
        let ownSection = [
            "الربط الكهربائي",
            "وبحث وزير الخارجية مع نظيره الأردني جدول مشروع الربط الكهربائي بين البلدين، على أن يبدأ العمل بخط النقل مطلع العام المقبل.",
        ]
        let own = Self.roles(meeting + [""] + ownSection)
        #expect(own[ownSection[1]] == "body", "\(own)")
    }
}
