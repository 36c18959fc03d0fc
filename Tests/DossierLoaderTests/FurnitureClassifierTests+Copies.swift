import Testing

@testable import DossierLoader

/// Lines a page prints twice, and a headline's standfirst that retells it.
extension FurnitureClassifierTests {
    /// A photo's alt text and caption, one line printed twice line under line between two
    /// paragraphs, is a caption; the story around it stays.
    @Test func captionPrintedTwiceInTheTextIsACaption() {
        let caption = "مدير المحطة يتفقد خطوط الضخ الجديدة برفقة عدد من المهندسين بعد الافتتاح"
        let roles = Self.roles([Self.headline, "", Self.lead, "", caption, caption, "", Self.second])
        #expect(roles[caption] == "caption")
        #expect(roles[Self.lead] == "body" && roles[Self.second] == "body")
    }

    /// The headline run into its own copy on one line (the break between the two lost) is the
    /// headline printed twice: the line printed once is the title.
    @Test func headlineRunIntoItsCopyIsNotTheTitle() {
        let doubled = Self.headline + Self.headline
        let roles = Self.roles([Self.headline, "", doubled, "", Self.lead, "", Self.second])
        #expect(roles[Self.headline] == "title")
        #expect(roles[doubled] != "title" && roles[doubled] != "body")
        #expect(FurnitureClassifier.halfOfDoubledLine(Self.headline + " " + Self.headline) == Self.headline)
        #expect(FurnitureClassifier.halfOfDoubledLine(Self.headline) == nil)
    }

    /// The headline cut short on a line of its own below the lead (a photo's alt text, the
    /// headline's first words) is a caption, as the full copy beside it is the title's; a
    /// line of two of its words, or a sentence that opens with its words, stays the story's.
    @Test func theHeadlineCutShortBelowTheLeadIsACaption() {
        let headline = "أمطار غزيرة تغلق طرقا رئيسية في ثلاث محافظات جنوبية"
        let cutShort = "أمطار غزيرة تغلق طرقا رئيسية"
        let lead =
            "أغلقت السلطات المحلية صباح الثلاثاء عددا من الطرق الرئيسية في ثلاث محافظات جنوبية بعد أمطار غزيرة "
            + "استمرت طوال الليل، وحذرت السائقين من السفر إلا للضرورة."
        let second =
            "وقال مسؤول في الدفاع المدني إن فرقه أنقذت عشرات العالقين في سياراتهم، وإن المياه بدأت تنحسر عن "
            + "بعض الطرق الفرعية قبل الظهر."
        let roles = Self.roles([headline, "", lead, "", cutShort, headline, "", second])
        #expect(roles[headline] == "title", "\(roles)")
        #expect(roles[cutShort] == "caption", "\(roles)")
        #expect(roles[lead] == "body" && roles[second] == "body")
        let title = TextLine(text: headline, line: 1, block: 0)
        let twoWords = TextLine(text: "أمطار غزيرة", line: 2, block: 1)
        let sentence = TextLine(text: "أمطار غزيرة تغلق طرقا رئيسية.", line: 3, block: 2)
        #expect(!FurnitureClassifier.isHeadlineCutShort(twoWords, of: title))
        #expect(!FurnitureClassifier.isHeadlineCutShort(sentence, of: title))
    }

    /// A longer line under the headline that retells it is its standfirst, though the lead
    /// shares as many words with it as with the headline; it stays with the text.
    @Test func standfirstRetellingTheHeadlineIsNotTheTitle() {
        let headline = "افتتاح محطة تحلية المياه الجديدة في المدينة الساحلية"
        let standfirst = "محطة تحلية المياه الجديدة أكبر محطة في المدينة الساحلية ومحيطها"
        let roles = Self.roles([headline, "", standfirst, "", Self.lead, "", Self.second])
        #expect(roles[headline] == "title")
        #expect(roles[standfirst] == "body")
    }

    /// A standfirst whose sentence a comma leaves open runs on into the line under it, which
    /// is the story's too; under a standfirst that ends otherwise, the line is a caption.
    @Test func aStandfirstEndingWithACommaRunsOnIntoTheNextLine() {
        let headline = "الشباب يهزم الوحدة 2/1 ويقترب من لقب الدوري"
        let standfirst =
            "فاز فريق الشباب على الوحدة 2/1، فى المباراة التى جرت بينهما على ملعب المدينة الرياضية مساء الجمعة،"
        let runOn =
            "فى ختام مباريات الأسبوع العشرين للدوري، ليقترب الشباب خطوة كبيرة من حسم لقب الدوري قبل ثلاث جولات من نهاية الموسم بعد"
        let lead =
            "أن رفع رصيده إلى 45 نقطة فى صدارة الترتيب، بينما تجمد رصيد الوحدة عند 30 نقطة فى المركز الخامس، وسجل للشباب فى المباراة على ملعب المدينة الرياضية مهاجمه سامي الحداد فى الدقيقة 12 وزميله كريم عيسى فى الدقيقة 70."
        let roles = Self.roles([headline, standfirst, runOn, lead])
        #expect(roles[headline] == "title", "\(roles)")
        #expect(roles[standfirst] == "body", "\(roles)")
        #expect(roles[runOn] == "body", "\(roles)")
        let finished = String(standfirst.dropLast())
        let caption = "لاعبو الشباب يحتفلون بالهدف الثاني فى مرمى الوحدة على ملعب المدينة الرياضية"
        let captioned = Self.roles([headline, finished, caption, lead])
        #expect(captioned[caption] != "body", "\(captioned)")
    }

    /// A page's clock with its last update over a headline printed twice, its copies on either
    /// side of the site's tag («توقيت مكة المكرمة 21:07:33 آخر تحديث»), is furniture: it does not
    /// stand as a longer headline beside them that makes the pair a photo's alt text and
    /// caption, and the headline printed twice is the title. A headline holding a time is no clock.
    @Test func aClockWithItsLastUpdateIsNoHeadline() {
        let clock = "توقيت مكة المكرمة 21:07:33 آخر تحديث"
        let headline = "هل تنجح خطة المصارف ؟"
        let roles = Self.roles([
            clock, "الخليج اليوم -", "", headline, "", "الخليج اليوم -", "", "هل تنجح خطة المصارف", "",
            "بقلم: سامر الحلبي", "",
            "وصل وفد الحكومة إلى مكة المكرمة أمس في زيارة تستمر ثلاثة أيام، يعرض خلالها خطة على ممثلي المصارف "
                + "والمستثمرين لتمويل المشروعات المتعثرة في مرات أخرى.", "",
            Self.second,
        ])
        #expect(roles[headline] == "title", "\(roles)")
        #expect(roles[clock] == "byline")
        let kickoff = TextLine(text: "موعد المباراة النهائية 20:30 مساء", line: 1, block: 0)
        #expect(!LexicalFurniture.isUpdateClock(kickoff))
    }

    /// The name under a masthead's credit alone on its line («رئيس التحرير», then the editor's
    /// name) is a credit, not the headline, even when the page's own headline is too long to
    /// read as one and no other line stands for it.
    @Test func theNameUnderAMastheadCreditIsNoHeadline() {
        let editor = "سامي عبد الحميد"
        let headline =
            "بالتفاصيل| وزير النقل يعرض حصاد عامين أمام البرلمان.. 120 حافلة كهربائية جديدة بتكلفة 900 مليون جنيه.. "
            + "وتطوير 14 محطة قطار في الصعيد.. وخط جديد للمترو يربط شرق العاصمة بغربها"
        let roles = Self.roles([
            "الأحد 12 مايو 2024", "رئيس التحرير", editor, "", headline, "", Self.lead, "", Self.second,
        ])
        #expect(roles[editor] == "byline", "\(roles)")
        #expect(roles[Self.lead] == "body" && roles[Self.second] == "body")
    }

    /// A standfirst printed again as the lead's opening after the site's tag («نبض الساحل:
    /// بدأت …») is no paragraph of its own: the lead, tag and all, opens the body. A standfirst
    /// that only shares the lead's first words stays.
    @Test func aStandfirstPrintedAgainAsTheLeadIsNotAParagraph() {
        let tagged = "نبض الساحل: " + Self.lead + " وأضاف أن المحطة ستغذي الأحياء الغربية أولا."
        let roles = Self.roles([Self.headline, Self.lead, "", tagged, Self.second])
        #expect(roles[Self.lead] == "caption")
        #expect(roles[tagged] == "body" && roles[Self.second] == "body")
        let untagged = Self.lead + " وأضاف أن المحطة ستغذي الأحياء الغربية أولا."
        #expect(Self.roles([Self.headline, Self.lead, "", untagged, Self.second])[Self.lead] == "caption")
        let standfirst = "بدأت محطة تحلية المياه الجديدة في المدينة الساحلية العمل بعد تأخير دام عامين."
        let kept = Self.roles([Self.headline, standfirst, "", tagged, Self.second])
        #expect(kept[standfirst] == "body")
    }
}

/// The headline a breadcrumb names.
extension FurnitureClassifierTests {
    /// A breadcrumb from the site's home ending on the headline, cut short, names the line
    /// under it that opens with those words as the title, though it runs long enough to read
    /// as prose; the author's name under it is then the header's. A breadcrumb under the
    /// story's paragraphs (another page pasted under it) names no title of this page.
    @Test func aBreadcrumbNamesTheLongHeadlineUnderIt() {
        let headline =
            "محطة التحلية الكبرى تدخل الخدمة بعد عشر سنوات من الانتظار … سكان المدينة الساحلية يحتفلون بوصول المياه إلى منازلهم للمرة الأولى منذ بداية الأزمة التي عصفت بالمنطقة"
        let crumb = "الرئيسية » محليات » محطة التحلية الكبرى تدخل الخدمة بعد عشر سنوات …"
        let roles = Self.roles([crumb, "", headline, "", "| سامي الحداد", "", Self.lead, "", Self.second])
        #expect(roles[headline] == "title", "\(roles)")
        #expect(roles["| سامي الحداد"] != "body", "\(roles)")
        #expect(roles[Self.lead] == "body", "\(roles)")
        let pasted = Self.roles([Self.headline, "", Self.lead, "", Self.second, "", crumb, "", headline])
        #expect(pasted[Self.headline] == "title", "\(pasted)")
        #expect(pasted[headline] != "title", "\(pasted)")
    }
}

/// The headline a breadcrumb names, past a section's kicker.
extension FurnitureClassifierTests {
    /// A kicker («المنتخب المغربي») and a date between a breadcrumb and the headline it ends
    /// with: the headline is still the line the crumb names, not the reporter's credit under it.
    @Test func aBreadcrumbNamesItsHeadlinePastAKicker() {
        let headline = "الركراكي أمامه الكثير … وينجو من فخ زامبيا … !"
        let credit = "*** أكادير بعثة النخبة : سعيد النفاعي"
        let roles = Self.roles([
            "الرئيسية/رياضة/\(headline)", "7 يونيو 2024", "المنتخب المغربي", headline, credit, Self.lead, Self.second,
        ])
        #expect(roles[headline] == "title", "\(roles)")
        #expect(roles[credit] != "title", "\(roles)")
        #expect(roles[Self.lead] == "body", "\(roles)")
    }

    /// Drupal's comment button («إضافة تعليق جديد») under the text, over other stories' links,
    /// is the comment form's, not the story's last paragraph.
    @Test func drupalsCommentButtonIsFurniture() {
        let call = "إضافة تعليق جديد"
        let roles = Self.roles([
            Self.headline, Self.lead, Self.second, call, "أخبار ذات صلة",
            "الوزير الأول يترأس اجتماعا لمتابعة الحملة الزراعية",
        ])
        #expect(roles[call] != "body", "\(roles)")
        #expect(roles[Self.second] == "body", "\(roles)")
        let line = TextLine(text: call, line: 1, block: 0)
        #expect(LexicalFurniture.isComment(line) && LexicalFurniture.isCommentForm(line))
    }
}

/// An English call to click through to the source, under the text.
extension FurnitureClassifierTests {
    /// «Click here to read the story from its source.» (and the misspelled «Clic here …» that a
    /// network of aggregators prints) is a link to the source, never the story's last paragraph.
    @Test func aCallToClickThroughIsALink() {
        for call in ["Clic here to read the story from its source.", "Click here to read the full story."] {
            let roles = Self.roles([Self.headline, Self.lead, Self.second, call])
            #expect(roles[call] != "body", "\(roles)")
            #expect(roles[Self.second] == "body", "\(roles)")
        }
    }
}
