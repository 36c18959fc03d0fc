import DossierModel
import Testing

@testable import DossierLoader

/// Line-by-line furniture judgements on wording from many sites (none from the seeds).
@Suite struct LexicalFurnitureTests {
    static let cases: [(String, FurnitureKind?)] = [
        ("شاهد أيضاً: حريق ضخم يلتهم سوقاً شعبية في القاهرة", .related),
        ("إقرأ أيضا: الحكومة تعلن موعد الامتحانات", .related),
        ("مواضيع ذات صلة", .related),
        // A related link's label whose link the copy lost, between two paragraphs.
        ("موضوع يهمك", .related),
        ("لاعبو المنتخب خلال التدريب. تصوير: سامر حداد", .caption),
        ("وزير الخارجية خلال المؤتمر الصحفي (صورة أرشيفية)", .caption),
        ("متظاهرون في وسط العاصمة - رويترز", .caption),
        ("حقوق النشر محفوظة لموقع المدينة 2022", .footer),
        ("© 2021 All rights reserved", .footer),
        ("الرئيسية > أخبار > الاقتصاد", .navigation),
        ("تابعنا على فيسبوك", .navigation),
        ("للاطلاع على المزيد من التفاصيل، يرجى زيارة الموقع الرسمي بالضغط على الرابط التالي: هنا.", .navigation),
        ("الأكثر مشاهدة", .navigation),
        ("بقلم: سامي الخطيب", .byline),
        // An author's label whose name the copy lost.
        ("كاتب المقالة:", .byline),
        ("Written by:", .byline),
        ("آخر تحديث: 3 مارس 2024 - 09:40", .byline),
        ("Play", .media),
        ("00:00 / 04:35", .media),
        ("اترك رداً", .comments),
        ("إذا واجهت مشكلة في مشاهدة الفيديو، يرجى تحديث الصفحة أو فتح الرابط في متصفح آخر", .media),
        ("Your browser does not support the video tag.", .media),
        ("رئيس الحكومة خلال زيارته للميناء - أرشيفية", .caption),
        ("(تعبيرية - \"المدينة\").", .caption),
        ("https://cdn.example.com/img/2025/03/1094533730_0:116:3071.jpg", .navigation),
        ("Saturday 1440/9/20 - 2019/05/25", .byline),
        ("Mon 3 Mar 2025 10:15 AM", .byline),
        (
            "أعلنت وزارة الزراعة خطة لدعم مزارعي القمح في المحافظات الجنوبية بعد موسم جاف على... 04.03.2025, وكالة المدينة",
            .byline
        ),
        ("هذا الموقع يستخدم Akismet للحدّ من التعليقات المزعجة والغير مرغوبة.", .comments),
        ("Vos réactions doivent respecter nos CGU.", .comments),
        ("الخميس موعد الاجتماع المقبل للحكومة في 5 مارس 2025 بحضور الوزراء", nil),
        ("الجزائر اليوم -", .byline),
        ("A+ A-", .navigation),
        ("• 48211", .navigation),
        ("• 4:12 دقيقة", .navigation),
        ("7 min", .navigation),
        ("هذا التقرير مخصص للمشتركين، سجّل الدخول لقراءته", .navigation),
        ("طرابلس/ صوت الوادي/ خاص:", .byline),
        ("• 5 مقاعد", nil),
        ("الصفحة الأساسية > الأخبار > المجلس البلدي يقر موازنة العام الجديد", .navigation),
        ("Le port de Tunis au lever du jour, le 3 mars 2023 © JEAN DUPONT/AFP", .caption),
        ("© 2024 Le Quotidien du Sud", .footer),
        ("Il y a désormais 3 millions de cas confirmés. (©(AP PHOTO/RODRIGO ABD)", .caption),
        (
            "يستخدم موقعنا ملفات تعريف الارتباط لتحسين تجربتك، ويمكنك تغيير إعداداتها في أي وقت من صفحة الخصوصية الخاصة بالموقع.",
            .footer
        ),
        ("This website uses cookies to improve your experience. You can opt out at any time in the settings.", .footer),
        ("مخاوف اقتصادية", nil),
        ("أخبار عامة - وكالة أنباء المرأة - اخبار الرياضة - وكالة أنباء العمال - مواقع صديقة - اتصل بنا", .navigation),
        ("الحكومة - البرلمان - الشارع: ثلاث جبهات تنتظر رئيس الوزراء الجديد", nil),
        ("إذا واجهتم مشاكل في تصفح الموقع نرجو النقر هنا لاستخدام النسخة الخفيفة", .navigation),
        (
            "الصفحة الرئيسية - الاقتصاد - سعيد الكاتب - الحكومة ترفع أسعار الوقود للمرة الثالثة هذا العام وسط غضب شعبي",
            .navigation
        ),
        ("الصفحة الرئيسية  /  المحليات /  الحكومة ترفع أسعار الوقود للمرة الثالثة هذا العام", .navigation),
        ("[weather-widget city=\"Amman\" units=\"metric\" show-forecast=\"true\"]", .navigation),
        ("[gallery_slider]", .navigation),
        ("Lire aussi", .related),
        ("READ  Bahrain: Fake Bombers Branded Terrorists", .related),
        ("Read the statement in full on the ministry's website.", nil),
        ("Retour à la Une", .navigation),
        ("ليصلك المزيد من الأخبار اشترك بقناتنا على التليكرام", .navigation),
        ("[1] المرجع السابق، ص 45", nil),
        ("[Update] The ministry said on Monday that the talks would resume next week.", nil),
        ("المنامة – ميدل إيست نيوز – كتب خالد يوسف :", .byline),
        ("وكالات | صنعاء برس", .byline),
        ("ميدل إيست نيوز: ما الذي جرى في جلسة البرلمان", nil),
        ("وأضاف رايت في حديثه لرويترز أن الأسعار سترتفع خلال الأشهر المقبلة.", nil),
        ("قال الوزير إن الصورة الكاملة ستتضح بعد انتهاء التحقيق في الحادث.", nil),
        ("Please register to access this content.", .navigation),
        ("Sorry, you need to enable JavaScript to visit this website.", .navigation),
        ("رئيس مجلس الإدارة : د. سالم بن راشد", .byline),
        ("أجري الحوار : سامي الخطيب", .byline),
        ("حاوره في عدن / سامي الخطيب -", .byline),
        ("يرجى تفعيل جافا سكريبت في متصفحك لعرض الصفحة", .navigation),
        ("This content is for our paying subscribers only", .navigation),
        ("اكتشاف المزيد من شبكة الخبر", .navigation),
        ("عدد زوار اليوم:4169", .navigation),
        ("عدد الزوار الأجمالي: 2180136", .navigation),
        ("عدد القتلى يرتفع إلى 45", nil),
        ("اشترك للحصول على أحدث التدوينات المرسلة إلى بريدك الإلكتروني.", .navigation),
        ("Discover more from Sudan News", .navigation),
        ("وقال الباحث إن البعثة تسعى إلى اكتشاف المزيد من المواقع الأثرية في الصحراء الغربية.", nil),
        ("Dismiss", .navigation),
        ("15 janvier 2003 - 23h49 - Maroc - Ecrit par :", .byline),
        (
            "Welcome to the official website of the Ministry of Water, where you will find its news and services.",
            .navigation
        ),
        ("رحب المحافظ بالوفد وقال أهلاً بكم في مدينتكم الثانية.", nil),
        ("document.BridIframeBurst=true;", .navigation),
        ("var _bos = _bos||[]; _bos.push({ \"p\": \"Brid_26338945\", \"obj\": {\"id\":\"19338\"} });", .navigation),
        ("googletag.cmd.push(function() {", .navigation),
        ("The vote was close (52 to 48); the count goes on.", nil),
        ("Ministers met; talks resumed;", nil),
        ("شوف كمان: أمانة الرياضة تبحث أفكارًا جديدة لتطوير الرياضة المصرية", .related),
        ("مقال مقترح: خطط الوزير لاغتيال القائد وفشلها في العثور على الفرصة المناسبة", .related),
        ("Les premières estimations du premier tour sont disponibles, cliquer ICI", .related),
        ("لمتابعة النتائج لحظة بلحظة اضغط هنا", .related),
        (
            "تم عرض الهاتف الجديد ثلاثي الطي من شركة التكنولوجيا الصينية خلال يوم إطلاقه في متجرها في شرق الصين يوم الثلاثاء. – وكالة فرانس برس",
            .caption
        ),
        ("متظاهرون يرفعون الأعلام في الساحة الرئيسية للعاصمة مساء الجمعة. - رويترز", .caption),
        // A credit glued to the last word by a slash; an address's path is none.
        ("مبان مدمرة في وسط المدينة بعد القصف/أرشيفية", .caption),
        ("الرابط الكامل للتقرير https://example.org/reports/archive", nil),
        // A wire caption saying what the photo shows, however long.
        (
            "In this file photo, a foreign tourist listens to a guide near the tombs of an ancient city in the desert, "
                + "north of the capital, during a visit organised by the ministry of tourism last spring. (AP)",
            .caption
        ),
        ("In this way, the ministers hope to reach an agreement before the summit opens next week.", nil),
        ("عمّان – رويترز – قال الناطق إن الاجتماع سيعقد الأسبوع المقبل في العاصمة بحضور الوزراء.", nil),
        (
            "قال الوزير إن من يريد التسجيل في البرنامج عليه أن يدخل الموقع ثم يضغط هنا على الزر الأخضر في أعلى الصفحة ليكمل الطلب",
            nil
        ),
    ]

    /// A count and its label alone on a line, the number after or before it, is a widget's
    /// or an author box's counter; a headline or a sentence with a number is none.
    @Test func labelledCounter() {
        for counter in [
            "عدد المواضيع 57", "المشاهدات: 2,310", "عدد التعليقات: ٣", "Comments 12", "4.5K vues", "1.2K Views",
            "• مشاهدات 880",
        ] {
            let line = TextLine(text: counter, line: 1, block: 0)
            // A comment count may be filed with the comment widget it heads: furniture either way.
            #expect(LexicalFurniture.isCounter(line) && LexicalFurniture.kind(of: line) != nil, "\(counter)")
        }
        for text in [
            "المادة 194 من الدستور", "الفصل 12", "مقالات عن حرب 1967", "انتخابات 2024",
            "ارتفاع المشاهدات بنسبة 40 بالمئة خلال العام",
        ] {
            #expect(!LexicalFurniture.isCounter(TextLine(text: text, line: 1, block: 0)), "\(text)")
        }
        // An author box's count over a column with no headline is not taken for one.
        let roles = FurnitureClassifierTests.roles([
            "عدد المواضيع 57", "", FurnitureClassifierTests.lead, "", FurnitureClassifierTests.second,
        ])
        #expect(roles["عدد المواضيع 57"] == "navigation")
        #expect(!roles.values.contains("title"))
    }

    /// A page's age on its own line; a sentence opening with «منذ» is none.
    @Test func ageOfThePage() {
        for age in ["منذ 16 دقيقة|", "قبل ساعتين", "3 hours ago", "il y a 2 jours"] {
            #expect(LexicalFurniture.isAge(TextLine(text: age, line: 1, block: 0)), "\(age)")
        }
        #expect(!LexicalFurniture.isAge(TextLine(text: "منذ عشرين عاما والمدينة تنتظر الجسر", line: 1, block: 0)))
    }

    @Test(arguments: cases) func kindOfLine(_ text: String, _ expected: FurnitureKind?) {
        #expect(LexicalFurniture.kind(of: TextLine(text: text, line: 1, block: 0)) == expected)
    }

    @Test func outletFromCopyrightLine() {
        let latin = OutletDetector.owner(of: "© 2023 جميع الحقوق محفوظة لشركة الأفق للإعلام - Alofoq Media Ltd")
        #expect(latin?.id == "alofoq-media")
        #expect(latin?.name == "الأفق للإعلام")
        let arabic = OutletDetector.owner(of: "جميع الحقوق محفوظة لصحيفة النهار")
        #expect(arabic?.id == nil)
        #expect(arabic?.name == "صحيفة النهار")
        #expect(OutletDetector.owner(of: "قال المتحدث إن الوزارة ستعلن النتائج غداً") == nil)
        // The notice's terms after the owner's name are no part of it.
        let terms = OutletDetector.owner(of: "© جميع الحقوق محفوظة لمجلة الأفق وتخضع لشروط وإتفاق الإستخدام")
        #expect(terms?.name == "مجلة الأفق")
        #expect(OutletDetector.owner(of: "جميع الحقوق محفوظة لموقع المدينة ولا يجوز النقل دون إذن")?.name == "المدينة")
    }

    /// A print copy with no blank lines: a header, then paragraphs wrapped at one width, each
    /// ending a sentence. Each paragraph is joined; the header's lines stay apart. A ticker's
    /// headlines, of many lengths, are not taken for wrapped lines.
    @Test func wrappedParagraphsInsideALongerBlockAreJoined() {
        let lines = [
            "صحيفة المساء الأحد 12 مارس 2023",
            "الحكومة تعلن خطة جديدة لدعم المزارعين",
            "أعلنت وزارة الزراعة صباح اليوم عن حزمة إجراءات جديدة تهدف إلى مساعدة",
            "صغار المزارعين على مواجهة ارتفاع أسعار الأسمدة والبذور في الموسم المقبل",
            "وتشمل الحزمة قروضا ميسرة بفوائد منخفضة تسدد على خمس سنوات كاملة بحسب",
            "بيان الوزارة.",
            "وقال الوزير في مؤتمر صحفي إن الخطة ستنفذ على مراحل تبدأ بالمحافظات التي",
            "تضررت أكثر من غيرها من موجة الجفاف الأخيرة التي ضربت البلاد في الصيف،",
            "مضيفا أن التمويل مؤمن بالكامل من الموازنة العامة.",
        ]
        let split = ParagraphSplitter.lines(of: lines.joined(separator: "\n"), firstLine: 1)
        #expect(split.map(\.line) == [1, 2, 3, 7])
        #expect(split[2].text == lines[2...5].joined(separator: " "))
        // Three headlines of one length in a row, among shorter ones: too few full lines.
        let ticker = [
            "ارتفاع أسعار النفط", "الرئيس يستقبل وفدا برلمانيا من الدول الأعضاء في الاتحاد الأفريقي",
            "المنتخب يستعد لمباراة الغد أمام ضيفه في تصفيات كأس العالم المقبلة",
            "وزير المالية يعرض مشروع الموازنة العامة الجديدة أمام مجلس النواب",
            "انقطاع الكهرباء عن أحياء في العاصمة", "افتتاح معرض الكتاب بمشاركة واسعة", "الطقس: أمطار متوقعة",
        ]
        #expect(ParagraphSplitter.lines(of: ticker.joined(separator: "\n"), firstLine: 1).count == ticker.count)
    }

    /// In such a copy a paragraph may wrap on two lines only: a full line ending with a
    /// function word («… في», «… ولن», the conjunction on it) or a comma over the short line
    /// that ends the sentence. A full line that ends otherwise, over a short one, stays apart.
    @Test func aParagraphWrappedOnTwoLinesIsJoined() {
        let lines = [
            "صحيفة المساء الأحد 12 مارس 2023",
            "وقال الوزير في مؤتمر صحفي إن الخطة ستنفذ على مراحل تبدأ بالمحافظات التي",
            "تضررت أكثر من غيرها من موجة الجفاف الأخيرة التي ضربت البلاد في الصيف،",
            "مضيفا أن التمويل مؤمن بالكامل من الموازنة العامة للدولة.",
            "وأكد مدير المشروع أن العمل في المرحلة الأولى سيبدأ الشهر المقبل في",
            "ثلاث محافظات.",
            "وأوضح أن أسعار الأسمدة المدعومة لن ترتفع خلال الموسم المقبل ولن",
            "تتغير شروط القروض.",
            "ويشارك في المشروع عدد من المهندسين الزراعيين من جامعة العاصمة الكبرى",
            "صورة أرشيفية.",
        ]
        let split = ParagraphSplitter.lines(of: lines.joined(separator: "\n"), firstLine: 1)
        #expect(split.map(\.line) == [1, 2, 5, 7, 9, 10], "\(split.map(\.text))")
        #expect(split[2].text == lines[4...5].joined(separator: " "))
        #expect(split[3].text == lines[6...7].joined(separator: " "))
    }

    @Test func hardWrappedBlocksJoinOthersSplit() {
        let wrapped =
            "هذه فقرة طويلة مكسورة الأسطر بعرض ثابت تقريبا كما في\nالنصوص المنسوخة من ملفات قديمة حيث يقطع المحرر السطر\nعند نهاية العرض."
        #expect(ParagraphSplitter.lines(of: wrapped, firstLine: 1).map(\.line) == [1])
        let headlineAndCaption = "عنوان خبر آخر عن الاقتصاد العالمي اليوم\nصورة أرشيفية لسوق الأسهم\n\nفقرة."
        #expect(ParagraphSplitter.lines(of: headlineAndCaption, firstLine: 4).map(\.line) == [4, 5, 7])
        // A dateline over the headline printed again and a caption: as long as wrapped lines,
        // but a line that only dates the page is never part of a sentence.
        let dated =
            "نشر في الثلاثاء 01st تشرين الأوّل / أكتوبر 2019 08:21 صباحاً\nالوزير: الحكومات المتعاقبة أخفقت في الإصلاح الإداري\nوزير الدولة السابق لشؤون رئاسة الوزراء في عمان"
        #expect(ParagraphSplitter.lines(of: dated, firstLine: 3).map(\.line) == [3, 4, 5])
        let nbsp = "\u{00A0} فقرة بمسافات \u{00A0}"
        #expect(ParagraphSplitter.lines(of: nbsp, firstLine: 1).map(\.text) == ["فقرة بمسافات"])
    }

    /// A blog copied with a blank line after every wrapped line: each paragraph's lines are
    /// joined, the last closing its sentence; a list of headlines alone in their blocks, of one
    /// length and none ending open, stays apart.
    @Test func linesWrappedOneToABlockAreJoined() {
        let paragraph = [
            "أعلنت وزارة الزراعة صباح اليوم عن حزمة", "إجراءات جديدة تهدف إلى مساعدة صغار المزارعين على",
            "مواجهة ارتفاع أسعار الأسمدة والبذور في", "الموسم المقبل بحسب بيان الوزارة.",
        ]
        let second = "وقال الوزير إن الخطة ستنفذ على مراحل تبدأ بالمحافظات المتضررة."
        let split = ParagraphSplitter.lines(of: (paragraph + [second]).joined(separator: "\n\n"), firstLine: 1)
        #expect(split.map(\.line) == [1, 9])
        #expect(split.first?.text == paragraph.joined(separator: " "))
        let headlines = [
            "الرئيس يستقبل وفدا برلمانيا من الدول الأعضاء", "المنتخب يستعد لمباراة الغد أمام ضيفه القوي",
            "وزير المالية يعرض مشروع الموازنة الجديدة", "انقطاع الكهرباء عن أحياء واسعة في العاصمة.",
        ]
        #expect(ParagraphSplitter.lines(of: headlines.joined(separator: "\n\n"), firstLine: 1).count == 4)
    }
}
