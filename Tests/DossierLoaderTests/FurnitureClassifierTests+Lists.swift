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

    /// A list whose bullets a copy set on lines of their own («-», then the item under it),
    /// after a sentence announcing it, is the story's, and so is the cut paragraph after it.
    @Test func itemsUnderBulletsOnLinesOfTheirOwnStay() {
        let items = ["محطة التحلية الجديدة.", "خطوط النقل الشرقية.", "خزانات المياه في المدينة."]
        let closing = "وتخصص الحكومة لهذه المشاريع نصف موازنة المياه، ما يمنح المدينة فرصة لتحسين الإمداد في"
        let page =
            [Self.headline, Self.lead, Self.second, "ويشمل المشروع الجديد ثلاثة أجزاء رئيسية هي:"]
            + items.flatMap { ["-", $0] } + [closing]
        let roles = Self.roles(page)
        for item in items { #expect(roles[item] == "body", "\(item): \(roles)") }
        #expect(roles[closing] == "body", "\(roles)")
    }
}

/// A bulleted list the story sets out in prose, and a headline under its standfirst.
extension FurnitureClassifierTests {
    /// Items of a bulleted list that opens with items long enough to read as prose go on
    /// with the list when they are shorter: under the last prose item they are not the
    /// page's footer. A list of links under the story, none of it prose, stays furniture.
    @Test func aBulletedListGoesOnInShorterItems() {
        let longItems = [
            "- تلتزم الشركات المشغلة لمحطات التحلية بنشر بيانات الإنتاج اليومية على موقعها وتقديم تقرير شهري إلى الهيئة المنظمة، وتدفع غرامة لا تقل عن مئة ألف دينار عند التأخر عن ذلك",
            "- تمنح الهيئة المنظمة حق وقف تشغيل أي محطة تخالف معايير جودة المياه، وإحالة المسؤولين عنها إلى النيابة العامة إذا تسببت المخالفة في ضرر بصحة السكان",
        ]
        let shortItems = [
            "- يحق للمشتركين الاطلاع على نتائج تحليل المياه في أحيائهم",
            "- تعفى محطات التحلية الصغيرة في القرى من الرسوم لمدة خمس سنوات",
        ]
        let roles = Self.roles(
            [Self.headline, "", Self.lead, ""] + (longItems + shortItems).flatMap { [$0, ""] })
        for item in longItems + shortItems { #expect(roles[item] == "body", "\(item): \(roles)") }
        let links = [
            "- ارتفاع أسعار الخضار في أسواق العاصمة مع بداية الشتاء",
            "- منتخب الشباب يتأهل إلى نهائي البطولة العربية لكرة اليد",
        ]
        let footer = Self.roles([Self.headline, "", Self.lead, "", Self.second, ""] + links.flatMap { [$0, ""] })
        for link in links { #expect(footer[link] != "body", "\(link): \(footer)") }
    }

    /// A page that prints no headline above its text may print it under a one-paragraph
    /// standfirst, over the author's credit: that line is the title, its copy run into itself
    /// is furniture, and the story under the credit is the body, not another story set aside.
    @Test func aHeadlineUnderItsStandfirstOverTheAuthorsCredit() {
        let standfirst =
            "خطة لتحديث شبكات المياه في الأحياء الشرقية خلال عامين.. ربط ثلاثين ألف منزل بالشبكة الجديدة وإنشاء خزانات إضافية بسعة مليون متر مكعب وتوسيع محطات الضخ في الضواحي"
        let headline = "بلدية المدينة تطلق مشروع الشبكة الجديدة"
        let story = [
            "أعلنت البلدية أمس عن بدء أعمال المرحلة الأولى من المشروع في ثلاثة أحياء، بعد توقيع العقود مع الشركات المنفذة.",
            "وقال رئيس البلدية إن الأشغال ستتم على مراحل حتى لا تنقطع المياه عن السكان أكثر من يوم واحد في كل حي.",
        ]
        let lines = ["", standfirst, "", headline, "", headline + " " + headline, "كتب - سامي الحداد", ""] + story
        let roles = Self.roles(lines)
        #expect(roles[headline] == "title", "\(roles)")
        #expect(roles[headline + " " + headline] == "title", "\(roles)")
        for line in [standfirst] + story { #expect(roles[line] == "body", "\(line): \(roles)") }
        // Under a page's own headline and lead, another story with its headline and credit
        // stays set aside.
        let appended = [
            "منتخب الشباب يتأهل إلى نهائي البطولة العربية لكرة اليد",
            "كتبت - ليلى حداد",
            "تأهل منتخب الشباب لكرة اليد إلى نهائي البطولة العربية بعد فوزه على منافسه في نصف النهائي بفارق ثلاثة أهداف.",
            "ويلتقي المنتخب في النهائي يوم الجمعة مع الفائز من المباراة الثانية، في الصالة الرياضية الكبرى بالعاصمة.",
        ]
        let underTitle = Self.roles([Self.headline, "", Self.lead, ""] + appended)
        for line in appended { #expect(underTitle[line] != "body", "\(line): \(underTitle)") }
    }
}

/// A list of entries, each under its name.
extension FurnitureClassifierTests {
    /// Entries under their names, one after another (a list of people, each paragraph naming
    /// its person again), are the story's to the last, which shares few words with the lead:
    /// it names another person. A name over another story's paragraph, under a story that
    /// lists no entries, is still set aside.
    @Test func entriesUnderTheirNamesStayToTheLast() {
        let entries = [
            (
                "سامر الحداد",
                "اعتزل المهاجم سامر الحداد اللعب بعد مسيرة امتدت خمسة عشر موسما سجل خلالها أكثر من مئة هدف لناديه."
            ),
            (
                "كريم عيسى",
                "أما الحارس كريم عيسى فقد أعلن اعتزاله في الصيف بعد إصابة في الكتف أبعدته عن الملاعب طوال الموسم."
            ),
            (
                "نبيل شاهين",
                "وودع المدافع نبيل شاهين جمهور مدينته في مباراة تكريمية حضرها آلاف المشجعين على ملعب البلدية."
            ),
        ]
        let page =
            [
                "نجوم اعتزلوا الملاعب هذا العام", "",
                "شهد الموسم الكروي وداع عدد من أبرز اللاعبين الذين صنعوا أمجاد أنديتهم ومنتخباتهم طوال العقدين الماضيين.",
                "",
            ]
            + entries.flatMap { [$0.0, $0.1, ""] }
        let roles = Self.roles(page)
        for (name, paragraph) in entries {
            #expect(roles[name] == "body", "\(name): \(roles)")
            #expect(roles[paragraph] == "body", "\(paragraph): \(roles)")
        }
        let other =
            "انطلقت اليوم في العاصمة أعمال المؤتمر الاقتصادي العربي بمشاركة وزراء المالية والتجارة من عشرين دولة."
        let third = "وأضاف أن المحطة ستعمل بالطاقة الشمسية في ساعات النهار لخفض كلفة إنتاج المتر المكعب من المياه."
        let aside = Self.roles([
            Self.headline, "", Self.lead, "", Self.second, "", third, "", "المؤتمر الاقتصادي", other, "",
            "وقال وزير المالية إن المؤتمر يبحث توحيد الرسوم الجمركية بين الدول العربية.",
        ])
        #expect(aside[other] != "body", "\(aside)")
    }
}
