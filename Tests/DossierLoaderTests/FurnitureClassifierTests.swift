import DossierModel
import Testing

@testable import DossierLoader

/// How position and shape settle the lines that wording alone does not: cut last paragraphs,
/// repeated headlines, lead-in lines, affiliations and short exclamations. Stories of its own,
/// none from the seeds or the corpus.
@Suite struct FurnitureClassifierTests {
    static let headline = "محطة تحلية جديدة تدخل الخدمة في المدينة الساحلية"
    static let lead =
        "بدأت محطة تحلية المياه الجديدة في المدينة الساحلية ضخ أول كمياتها إلى الشبكة العامة صباح الأحد، بطاقة تبلغ مئة ألف متر مكعب يوميا."
    static let second =
        "وقال مدير المحطة إن المرحلة الثانية من المشروع ستضاعف الطاقة الإنتاجية خلال عامين، بعد استكمال خطوط النقل إلى الأحياء الشرقية."

    /// The roles of `lines`, as `kind` strings keyed by the line's text.
    static func roles(_ lines: [String]) -> [String: String] {
        let textLines = ParagraphSplitter.lines(of: lines.joined(separator: "\n"), firstLine: 1)
        let roles = FurnitureClassifier.classify(textLines)
        var result: [String: String] = [:]
        for (line, role) in zip(textLines, roles) {
            switch role {
            case .body: result[line.text] = "body"
            case .title: result[line.text] = "title"
            case .furniture(let kind): result[line.text] = "\(kind)"
            }
        }
        return result
    }

    /// A wire photo's English caption, however long, over an Arabic story is a caption, not
    /// its lead nor the source of its title; an English page keeps it, and an English quote
    /// with no credit in an Arabic story stays the story's.
    @Test func latinWireCaptionOverAnArabicStory() {
        let caption =
            "A handout photo released by the Ministry of Water on March 2, 2025 shows officials touring the new "
            + "desalination plant on the coast during its opening ceremony, as engineers look on from the control "
            + "room of the station, which is expected to supply a hundred thousand cubic metres a day to the city "
            + "and its eastern districts. (Photo by HANDOUT / WATER MINISTRY / AFP) / === RESTRICTED TO EDITORIAL "
            + "USE - MANDATORY CREDIT - NO MARKETING - NO ADVERTISING CAMPAIGNS ==="
        var roles = Self.roles([caption, "", Self.lead, "", Self.second])
        #expect(roles[caption] == "caption")
        #expect(roles[Self.lead] == "body")
        let wire =
            "Workers inspect pipes at the new desalination plant on the outskirts of the coastal city, which began "
            + "pumping water into the public network on Sunday after three years of construction and repeated "
            + "delays blamed on the war and on the shortage of materials and spare parts in the country, while "
            + "residents of the eastern districts still wait for the pipes that will bring the water to their homes, "
            + "in this picture taken on March 2, 2025. REUTERS/Omar Sanadiki"
        roles = Self.roles([Self.headline, "", wire, "", Self.lead, "", Self.second])
        #expect(roles[wire] == "caption")
        #expect(roles[Self.headline] == "title")
        // An English page keeps it: there, only position tells a caption.
        let english =
            "The new desalination plant began pumping water into the public network on Sunday, its operator said, "
            + "adding that the second phase would double its output within two years."
        roles = Self.roles([caption, "", english, "", english.replacingOccurrences(of: "Sunday", with: "Monday")])
        #expect(roles[caption] == "body")
        // A quote in English with no credit stays in an Arabic story.
        let quote =
            "\"We will keep the plant running through the summer, whatever happens to the power grid,\" the director "
            + "told reporters in English after the ceremony."
        roles = Self.roles([Self.headline, "", Self.lead, "", quote, "", Self.second])
        #expect(roles[quote] == "body")
    }

    /// An aggregator's template wrapping the headline, long enough to read as the lead, is
    /// the page's title line; a lead that only opens alike stays the story's.
    @Test func aggregatorTemplateIsTheTitleLine() {
        let headline =
            "عاجل محطة تحلية جديدة تدخل الخدمة.. بث مباشر لحفل الافتتاح بحضور الوزير والمحافظ وعدد من المسؤولين في "
            + "مواجهة أزمة المياه"
        let template = "نقدم لكم زوارنا الكرام أهم وأحدث تفاصيل خبر \(headline) في المقال التالي"
        var roles = Self.roles([template, "", Self.lead, "", Self.second])
        #expect(roles[template] == "title")
        #expect(roles[Self.lead] == "body")
        let lead = "نقدم لكم اليوم في المدينة الساحلية محطة تحلية جديدة، بعد ثلاث سنوات من العمل في المشروع."
        roles = Self.roles([lead, "", Self.lead, "", Self.second])
        #expect(roles[lead] == "body")
    }

    @Test func finalParagraphCutMidSentenceStays() {
        let cut = "وتستمر أعمال ربط المحطة بالخزانات الرئيسية حتى نهاية الشهر، بحسب ما أعلنته الشركة المشغلة في"
        #expect(Self.roles([Self.headline, Self.lead, Self.second, cut])[cut] == "body")
        // Shorter, cut where the copy ends, it still opens as the story's sentences go on.
        let short = "كما حلّ \"الحزب الديمقراطي الكرد"
        #expect(Self.roles([Self.headline, Self.lead, Self.second, short])[short] == "body")
        // A teaser headline after the story is no paragraph.
        let teaser = "الحكومة تعلن خطة جديدة لدعم المزارعين في الجنوب"
        #expect(Self.roles([Self.headline, Self.lead, Self.second, teaser])[teaser] != "body")
    }

    /// A headline opening with «والي» (a governor, in Sudan or Algeria) is a headline, though
    /// «والي» and «وإلى», which opens a continuing paragraph, fold to the same key; a line
    /// opening with «وإلى» is still read as running on.
    @Test func headlineOpeningWithAGovernorIsTheTitle() {
        let governor = "والي الولاية يفتتح محطة التحلية الجديدة بالمدينة الساحلية"
        #expect(Self.roles([governor, Self.lead, Self.second])[governor] == "title")
        let runOn = "وإلى جانب ذلك يجري العمل على خطوط النقل الجديدة في المدينة"
        #expect(TextLine(text: runOn, line: 1, block: 0).opensLikeContinuation)
    }

    /// A sentence printed twice line under line over the headline is a photo's alt text and
    /// caption; a lead printed twice in blocks of its own stays the story's.
    @Test func captionPrintedTwiceOverTheHeadlineIsACaption() {
        let caption =
            "The minister opens the new desalination plant on the coast as engineers look on during the ceremony."
        let roles = Self.roles([caption, caption, "", Self.headline, "", Self.lead, "", Self.second])
        #expect(roles[caption] == "caption")
        #expect(roles[Self.headline] == "title")
        let twice = Self.roles([Self.lead, "", Self.lead, "", Self.second])
        #expect(twice[Self.lead] == "body")
    }

    /// A headline its site ends with a full stop, alone at the top of the page over a longer
    /// lead, is the title, not a one-sentence paragraph; a short line over a lead no longer
    /// than twice its length, or one with a comma, stays text.
    @Test func headlineEndingWithAFullStopIsTheTitle() {
        let headline = "Une nouvelle station de dessalement entre en service."
        let lead =
            "La nouvelle station de dessalement de la ville côtière a commencé dimanche matin à alimenter le réseau public, avec une capacité de cent mille mètres cubes par jour."
        let second = "Selon son directeur, la deuxième phase doublera la production d'ici deux ans."
        let roles = Self.roles([headline, "", lead, "", second])
        #expect(roles[headline] == "title")
        #expect(roles[lead] == "body")
        let shortLead = "Le directeur de la station a démissionné hier soir."
        let story = Self.roles([shortLead, "", second])
        #expect(story[shortLead] == "body")
        let withComma = "Une station, enfin, entre en service."
        #expect(Self.roles([withComma, "", lead, "", second])[withComma] == "body")
    }

    /// A browser tab's title, the headline and the site's name after a bar, over the headline
    /// itself: the headline is the title, the tab's line is not.
    @Test func tabTitleOverTheHeadlineIsNotTheTitle() {
        // The site's name shares words with the lead: by them alone, the tab's line would win.
        let bar = Self.headline + " | أخبار المياه في المدينة الساحلية | جريدة الساحل"
        let roles = Self.roles([bar, Self.headline, "", Self.lead, "", Self.second])
        #expect(roles[Self.headline] == "title")
        #expect(roles[bar] != "title")
        #expect(roles[bar] != "body")
    }

    /// A short sentence with a full stop set in the text, no blank line around it, is the
    /// story's; the same line apart from the paragraphs, between blank lines, is a subheading
    /// or caption, and goes with the section test.
    @Test func shortSentenceInsideTheTextStays() {
        let short = "وسالت على إثرها الأودية."
        let third = "وأكد المدير أن فرق الصيانة ستعمل على مدار الساعة لضمان استمرار الضخ في الأحياء كلها."
        let joined = Self.roles([Self.headline, "", Self.lead, Self.second, short, third])
        #expect(joined[short] == "body")
        #expect(
            FurnitureClassifier.shortSentencesInText(
                ParagraphSplitter.lines(of: [Self.lead, "", short, "", third].joined(separator: "\n"), firstLine: 1),
                [nil, nil, nil]
            ).isEmpty)
    }

    /// A line that trails off in dots is a headline or a teaser, not a paragraph, unless it runs
    /// long: a headline ending «..» is the title, and teasers ending «…» after the story are
    /// not its text; a long paragraph ending «...» stays.
    @Test func linesTrailingOffInDotsAreHeadlinesUnlessLong() {
        let headline =
            "محطة تحلية جديدة تدخل الخدمة في المدينة الساحلية.. والسكان يترقبون وصول المياه إلى الأحياء الشرقية .."
        let teasers = [
            "الحكومة تعلن خطة جديدة لدعم المزارعين في الجنوب بعد موسم جاف…",
            "ارتفاع أسعار الذهب في الأسواق المحلية للأسبوع الثالث على التوالي…",
        ]
        let long =
            "وأضاف مدير المحطة أن الأحياء الشرقية ستتسلم حصتها من المياه تباعا خلال الأسابيع المقبلة، "
            + "بعد أن تنتهي الفرق الفنية من فحص الخطوط القديمة واستبدال ما تلف منها، وأن السكان لن ينتظروا طويلا..."
        let roles = Self.roles([headline, "", Self.lead, "", long, "", Self.second, ""] + teasers)
        #expect(roles[headline] == "title")
        #expect(roles[long] == "body")
        for teaser in teasers { #expect(roles[teaser] != "body", "\(teaser)") }
    }

    /// Headlines of other stories run into one line under «آخر الأخبار», long as a paragraph,
    /// are a ticker: the headline under them is the title. «عاجل» over the story's own headline
    /// announces nothing.
    @Test func tickerUnderItsLabelIsNotTheStory() {
        let ticker =
            "وزير النقل يفتتح الطريق الدائري الجديد في العاصمة المنتخب يتأهل إلى نصف النهائي بعد فوزه بهدفين "
            + "ارتفاع أسعار الذهب في الأسواق المحلية للأسبوع الثالث الحكومة تقر خطة لدعم صغار المزارعين في الجنوب"
        let roles = Self.roles(["آخر الأخبار", ticker, "", Self.headline, "", Self.lead, "", Self.second])
        #expect(roles[ticker] == "ticker")
        #expect(roles[Self.headline] == "title")
        #expect(roles[Self.lead] == "body")
        let urgent = Self.roles(["عاجل", Self.headline, "", Self.lead, "", Self.second])
        #expect(urgent[Self.headline] == "title")
    }

    /// Three highlights without bullets under the headline and its dateline, each sharing a word
    /// with the lead, sum the story up: they stay as text.
    @Test func unbulletedHighlightsUnderTheHeadlineStay() {
        let highlights = [
            "المدير: المرحلة الثانية تكتمل بعد عامين",
            "السكان في الأحياء الشرقية يترقبون وصول المياه",
            "الشبكة العامة تتسلم أولى الكميات هذا الأسبوع",
        ]
        let lines =
            [Self.headline, "", "الأحد 12 أكتوبر 2025، 10:20", ""] + highlights.flatMap { [$0, ""] }
            + [Self.lead, "", Self.second]
        let roles = Self.roles(lines)
        for line in highlights { #expect(roles[line] == "body", "\(line)") }
        #expect(roles[Self.headline] == "title")
    }

    /// A photo's alt text and caption, side by side right under the headline, are no title,
    /// though they retell the lead more closely than the headline does.
    @Test func captionPrintedTwiceUnderTheHeadlineIsNotTheTitle() {
        let headline = "المدينة الساحلية تشرب من البحر.. أول الغيث من المشروع الذي انتظره السكان"
        let caption = "محطة تحلية المياه الجديدة"
        let roles = Self.roles([headline, "", caption, caption, "", Self.lead, "", Self.second])
        #expect(roles[headline] == "title")
        #expect(roles[caption] != "title")
        #expect(roles[Self.lead] == "body")
    }

    /// A headline printed again with the outlet's tag before it («موقع الوادي - …») is the
    /// title without the tag, though the header around it is printed twice.
    @Test func headlineRepeatedAfterTheOutletsTagIsTheTitle() {
        // Few of its words are the lead's, so only the tagged copy tells it from a credit.
        let headline = "تعرف على مواعيد الضخ بعد الافتتاح"
        let update = "آخر تحديث GMT 09:12:40"
        let tagged = "موقع الوادي - " + headline
        let roles = Self.roles([
            headline, update, "موقع الوادي -", update, "", headline, "", tagged, "", Self.lead, "", Self.second,
        ])
        #expect(roles[headline] == "title")
        #expect(roles[tagged] != "title")
        #expect(roles[Self.lead] == "body")
    }

    /// A standfirst retells the lead, so the lead shares more words with it than with the
    /// headline above it: the headline is still the title, and the standfirst stays as text.
    @Test func standfirstUnderTheHeadlineIsNotTheTitle() {
        let headline = "محطة تحلية جديدة تدخل الخدمة"
        let standfirst = "المحطة تضخ مئة ألف متر مكعب يوميا إلى الشبكة العامة في المدينة الساحلية وأحيائها"
        let roles = Self.roles([headline, standfirst, "", Self.lead, "", Self.second])
        #expect(roles[headline] == "title")
        #expect(roles[standfirst] == "body")
        // A kicker over the headline is shorter than it: the headline stays the title.
        let kicker = "مياه المدينة الساحلية"
        let kicked = Self.roles([kicker, Self.headline, "", Self.lead, "", Self.second])
        #expect(kicked[Self.headline] == "title")
        // So it stays under a kicker of five words when the lead shares no more words with it
        // than with the kicker: a standfirst retells the lead, a headline need not.
        let longKicker = "بتوجيهات المحافظ.. تدشين محطة المياه"
        let headlineOfTheYear = "المدينة الساحلية تستقبل عاما آخر بمشروعات كبرى وطموحات واسعة"
        let longKicked = Self.roles([longKicker, headlineOfTheYear, "", Self.lead, "", Self.second])
        #expect(longKicked[headlineOfTheYear] == "title")
        #expect(longKicked[longKicker] != "body")
    }

    /// Bulleted highlights under the headline sum up the story: they stay as its text, their
    /// bullets before or (copied from a right-to-left page) after them. A menu's bulleted items
    /// are short.
    @Test func highlightsUnderTheHeadlineStay() {
        let first = "• المحطة تضخ مئة ألف متر مكعب يوميا"
        let second = "• المرحلة الثانية تضاعف الطاقة الإنتاجية خلال عامين"
        let roles = Self.roles([
            Self.headline, "2024-03-01", "", Self.headline, "", first, second, "", Self.lead, "", Self.second,
        ])
        #expect(roles[Self.headline] == "title")
        #expect(roles[first] == "body")
        #expect(roles[second] == "body")
        let menu = Self.roles([Self.headline, "", "• سياسة", "• اقتصاد", "", Self.lead, "", Self.second])
        #expect(menu["• سياسة"] != "body")
        // A right-to-left list copied with each bullet after its item's text.
        let trailing = ["المحطة تضخ مئة ألف متر مكعب يوميا -", "المرحلة الثانية تضاعف الطاقة الإنتاجية خلال عامين -"]
        let copied = Self.roles([Self.headline, "", trailing[0], "", trailing[1], "", Self.lead, "", Self.second])
        for line in trailing { #expect(copied[line] == "body", "\(line)") }
        #expect(TextLine(text: "بيروت - وكالات -", line: 1, block: 0).isListItem)
        #expect(!TextLine(text: "Beirut -", line: 1, block: 0).isListItem)
        // The dash typed against the word, as Arabic pages often bullet their highlights: the
        // headline above them stays the headline.
        let attached = ["-المحطة تضخ مئة ألف متر مكعب يوميا", "-المرحلة الثانية تضاعف الطاقة الإنتاجية خلال عامين"]
        let typed = Self.roles([
            Self.headline, "2024-03-01", "", attached[0], attached[1], "", Self.lead, "", Self.second,
        ])
        #expect(typed[Self.headline] == "title")
        for line in attached { #expect(typed[line] == "body", "\(line)") }
        #expect(!TextLine(text: "-5 درجات تحت الصفر", line: 1, block: 0).isListItem)
        // A link's arrows: the teaser they open is no headline.
        let teaser = ">>Tunisie : le flux des investissements étrangers progresse"
        #expect(TextLine(text: teaser, line: 1, block: 0).isListItem)
        #expect(TextLine(text: "» محطة تحلية ثانية في الجنوب", line: 1, block: 0).isListItem)
        #expect(!TextLine(text: "»تعليق«", line: 1, block: 0).isListItem)
        #expect(Self.roles([teaser, Self.lead, Self.second])[teaser] != "title")
    }

    /// A photo's alt text and caption, the same line twice with the photo's counter between,
    /// are not the headline printed twice when the headline beside them shares more of the
    /// lead; the headline printed twice with a count between is still the title.
    @Test func captionPrintedTwiceIsNotTheTitle() {
        let caption = "وزير المياه خلال جولته الميدانية"
        let roles = Self.roles([Self.headline, "", caption, "1", caption, "", Self.lead, "", Self.second])
        #expect(roles[Self.headline] == "title")
        #expect(roles[caption] == "caption")
        let counted = Self.roles([Self.headline, "22", Self.headline, "", Self.lead, "", Self.second])
        #expect(counted[Self.headline] == "title")
    }

    /// The line right above a photo's bare credit is the photo's caption, even when it ends
    /// like a sentence.
    @Test func lineOverABareCreditIsACaption() {
        let caption = "وزير المياه يتفقد خطوط الضخ في المحطة الجديدة."
        let roles = Self.roles([Self.headline, "", caption, "تصوير : رويترز", "", Self.lead, "", Self.second])
        #expect(roles[caption] == "caption")
        #expect(roles[Self.headline] == "title")
        #expect(roles[Self.lead] == "body")
        // «صورة أرشيفية» is the photo's caption itself: the headline above it stays the title.
        let archive = Self.roles([Self.headline, "", "صورة أرشيفية", "", Self.lead, "", Self.second])
        #expect(archive[Self.headline] == "title")
    }

    /// A site's greeting and the "about us" it opens, above the menu and the headline, is no
    /// lead: the headline under it is the title.
    @Test func sitesGreetingIsNotTheLead() {
        let greeting =
            "أهلاً بكم في الصفحة الرسمية لبلدية المدينة الساحلية، حيث تجدون أخبار المجلس البلدي وقراراته "
            + "ومشاريعه في الأحياء كافة، ويتولى المجلس إدارة شؤون المدينة وخدماتها العامة وفق القانون."
        let roles = Self.roles([
            "عن البلدية", "", greeting, "", "القائمة الرئيسية", "", Self.headline, "", "2024-03-01", "", Self.lead, "",
            Self.second,
        ])
        #expect(roles[greeting] == "navigation")
        #expect(roles[Self.headline] == "title")
        #expect(roles[Self.lead] == "body")
    }

    /// The rules under a comment form are the form's, however much they read like prose.
    @Test func rulesUnderACommentFormAreTheForms() {
        let rules = "عدم الإساءة للكاتب أو للأشخاص أو للمقدسات، والابتعاد عن التحريض والشتائم في التعليقات كافة."
        let roles = Self.roles([
            Self.headline, "", Self.lead, "", Self.second, "", "اترك تعليقاً", "", "لن يتم نشر عنوان بريدك الإلكتروني.",
            "", rules,
        ])
        #expect(roles[rules] == "comments")
        #expect(roles[Self.second] == "body")
        // A call to comment in the header closes nothing: the story under it stays.
        let header = Self.roles([
            Self.headline, "الثلاثاء، 12 مايو 2015 06:00 ص", "مشاركة", "اضف تعليقاً واقرأ تعليقات القراء", Self.lead,
            Self.second,
        ])
        #expect(header[Self.second] == "body")
    }

    /// A comment form's notice alone between the story's paragraphs closes nothing when the
    /// paragraphs under it go on with the story, nor does a notice glued to a sentence of it;
    /// readers' comments under a form stay comments, in their own words or in the story's when
    /// the form's other lines come along.
    @Test func strayCommentNoticeInTheStoryClosesNothing() {
        /// The roles of the story's three first paragraphs, `form`, then `under`.
        func roles(_ form: [String], _ under: [String]) -> [String: String] {
            Self.roles(([Self.headline, Self.lead, Self.second] + form + under).flatMap { [$0, ""] })
        }
        let third = "وأضاف مدير المحطة أن محطة التحلية الجديدة ستغطي حاجة المدينة الساحلية من المياه خلال الصيف."
        let fourth = "وتعد المحطة الأكبر من نوعها في المدينة الساحلية، وتعمل المحطة بالطاقة الشمسية في النهار."
        let notice = "الحقول الإلزامية مشار إليها بـ *"
        let stray = roles([notice], [third, fourth])
        #expect(stray[notice] == "comments")
        #expect(stray[third] == "body")
        #expect(stray[fourth] == "body")
        let glued = "لن يتم نشر عنوان بريدك الإلكتروني. وقال مدير المحطة إن التشغيل التجريبي استمر ثلاثة أشهر."
        let aside = "وفي سياق آخر، أعلنت البلدية عن خطة لتوسيع شبكة الصرف الصحي في الأحياء القديمة هذا العام."
        let sewer = "وتشمل الخطة مد أنابيب جديدة تحت الشوارع الرئيسية، على أن تبدأ الأعمال بعد موسم الأمطار."
        let gluedRoles = roles([glued], [aside, sewer])
        #expect(gluedRoles[aside] == "body")
        #expect(gluedRoles[sewer] == "body")
        let praise = "الله يوفقكم جميعا، عمل ممتاز ننتظره منذ سنوات طويلة يا جماعة الخير وبارك الله فيكم."
        let thanks = "شكرا لكم على هذا الخبر الجميل، ونتمنى لكم التوفيق والنجاح دائما يا جماعة الخير."
        let readers = roles(["اترك تعليقاً"], [praise, thanks])
        #expect(readers[praise] == "comments")
        #expect(readers[thanks] == "comments")
        let echo = roles(["اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني."], [third, fourth])
        #expect(echo[third] == "comments")
        #expect(echo[fourth] == "comments")
    }

    /// Three short lines between the story's paragraphs, about nothing the story tells, are
    /// links to other stories; a lone subheading stays.
    @Test func linksBetweenTheParagraphsGo() {
        let links = [
            "المنتخب يتأهل إلى نصف النهائي بعد فوزه بهدفين", "ارتفاع أسعار الذهب للأسبوع الثالث",
            "مهرجان السينما يكرم مخرجة شابة",
        ]
        let third = "وأوضح مدير المحطة أن المرحلة الثانية ستضاعف الطاقة الإنتاجية وتغطي الأحياء الشرقية كلها."
        let roles = Self.roles([Self.headline, Self.lead] + links + [Self.second, third])
        for link in links { #expect(roles[link] == "related", "\(link)") }
        #expect(roles[Self.second] == "body")
        #expect(roles[third] == "body")
        let subheading = "المرحلة الثانية"
        #expect(Self.roles([Self.headline, Self.lead, subheading, Self.second])[subheading] == "body")
    }

    @Test func copyOfTheHeadlineBelowTheLeadGoes() {
        let lines = [Self.headline, Self.lead, Self.headline, Self.second]
        let textLines = ParagraphSplitter.lines(of: lines.joined(separator: "\n"), firstLine: 1)
        let roles = FurnitureClassifier.classify(textLines)
        #expect(roles == [.title, .body, .furniture(.title), .body])
    }

    @Test func linesRunningOnIntoTheFirstParagraphStay() {
        for intro in ["البيان الختامي :", "أيها المواطنون،"] {
            #expect(Self.roles([Self.headline, intro, Self.lead, Self.second])[intro] == "body", "\(intro)")
        }
    }

    @Test func openingLineUnderTheCreditStays() {
        let opening = "مساء الخير، إليكم أبرز ما جرى في افتتاح المحطة اليوم"
        let credited = Self.roles([Self.headline, "بقلم: سامي الحاج", opening, Self.lead, Self.second])
        #expect(credited[opening] == "body")
        // Without the article's credit above it, the same line is a caption of the header.
        #expect(Self.roles([Self.headline, opening, Self.lead, Self.second])[opening] != "body")
    }

    @Test func affiliationUnderTheAuthorIsByline() {
        let roles = Self.roles([
            "Desalination plant opens on the coast", "By Jane Roe", "Coastal Herald",
            "The new desalination plant on the coast began pumping water into the public network on Sunday, officials said.",
            "The second phase will double its capacity within two years, the plant's director told reporters.",
        ])
        #expect(roles["Coastal Herald"] == "byline")
        #expect(roles["Desalination plant opens on the coast"] == "title")
    }

    /// A site's credit of its own story, its name, a slash and «خاص», stands over the lead
    /// under the headline: a byline, never the headline.
    @Test func sitesOwnCreditOverTheLeadIsByline() {
        let roles = Self.roles([Self.headline, "", "كريتر سكاي/خاص", "", Self.lead, "", Self.second])
        #expect(roles["كريتر سكاي/خاص"] == "byline")
        #expect(roles[Self.headline] == "title")
    }

    /// A sentence under the headline that closes by crediting its photo is the photo's
    /// caption; a paragraph that only mentions a photo stays.
    @Test func captionClosingWithItsPhotosCreditIsACaption() {
        let caption =
            "Police have asked motorists to take extra care during the rains to ensure their safety. Photo provided."
        let lead =
            "Muscat: The weather office has again warned of unstable weather, which may bring heavy rain to some areas from Thursday evening to Sunday."
        let second =
            "Residents were advised to stay away from valleys and low-lying areas, and fishermen not to go out to sea until the warning is lifted."
        #expect(Self.roles(["Weather office warns of heavy rain", caption, lead, second])[caption] == "caption")
        #expect(LexicalFurniture.closesWithPhotoCredit("Le port de Tanger. Photo d'archive."))
        #expect(LexicalFurniture.closesWithPhotoCredit("Flooded road near the dam. Photo courtesy of the ministry."))
        #expect(!LexicalFurniture.closesWithPhotoCredit("The ministry released a photo provided by residents."))
        #expect(!LexicalFurniture.closesWithPhotoCredit("Photo provided"))
    }

    /// A caption closing with a wire photo's credit, the agency in capitals, a slash and the
    /// photographer, is a caption, and the wire dateline under it opens the lead; prose naming
    /// an agency and a pollster is no credit.
    @Test func captionClosingWithAWirePhotographerIsACaption() {
        let caption =
            "People take cover as a siren sounds warning of incoming rockets from the strip, during cross-border hostilities, in the southern city of Ashkelon May 5, 2019. REUTERS/Amir Cohen"
        let lead =
            "GAZA (Reuters) - Palestinian officials said a ceasefire agreement was reached on Monday to end a recent surge of violence in the area."
        let second =
            "A second official confirmed that a deal was reached, as did a television station run by the authorities in the territory."
        let lines = [
            "World News", "May 6, 2019 / 1:58 AM", "", "Palestinians say Gaza ceasefire reached", "", "1 Min Read", "",
            caption, "", lead, "", second,
        ]
        #expect(Self.roles(lines)[caption] == "caption")
        #expect(OutletDetectorTests.outlet(lines) == "Reuters")
        // AP's, in parentheses, and as long as wire captions run (31 words).
        let long =
            "Houthi supporters attend a rally against the US-led strikes against Yemen and in support of Palestinians in the Gaza Strip, in Sanaa, Yemen, Feb. 16, 2024. (AP Photo/Osamah Abdulrahman)"
        #expect(
            Self.roles(["Houthis claim attack on ship in Red Sea", "", lead, "", second, "", long, "", second])[long]
                == "caption")
        #expect(LexicalFurniture.closesWithWirePhotographer("Smoke rises over the port. AFP/Getty Images"))
        #expect(LexicalFurniture.closesWithWirePhotographer("Rescuers search the rubble. AP Photo/Hatem Moussa"))
        #expect(!LexicalFurniture.closesWithWirePhotographer("Support for the plan fell, a Reuters/Ipsos poll found"))
        #expect(!LexicalFurniture.closesWithWirePhotographer("Applicants must bring their ID and/or passport"))
        #expect(!LexicalFurniture.closesWithWirePhotographer("The bill passed. REUTERS/Amir Cohen reported 40 more"))
        #expect(!LexicalFurniture.closesWithWirePhotographer("قال المتحدث إن الجولة المقبلة ستعقد في القاهرة/الدوحة"))
        // In parentheses, as AP's captions are printed.
        #expect(
            LexicalFurniture.closesWithWirePhotographer(
                "Supporters attend a rally in Sanaa. (AP Photo/Osamah Abdulrahman)"))
        #expect(
            LexicalFurniture.closesWithWirePhotographer(
                "Supporters attend a rally in Sanaa (AP Photo/Osamah Abdulrahman)."))
        #expect(!LexicalFurniture.closesWithWirePhotographer("The vote was close (a Reuters/Ipsos poll)"))
    }

    /// A site's sections copied as one long line, and its keywords joined by bare commas, are
    /// the site's; a long line of the story without punctuation has function words, and prose
    /// puts a space after its commas.
    @Test func aLongMenuOfSectionsAndBareCommaKeywordsAreTheSites() {
        let menu =
            "أخبار الأردن اقتصاديات مغاربيات خليجيات دوليات جامعات وفيات برلمانيات رياضة وظائف للأردنيين أحزاب مقالات أسرار ومجالس مقالات مختارة طقس اليوم"
        let keywords = "مدار الساعة,أسرار أردنية,وكالة الأنباء الأردنية,وزارة الخارجية"
        let roles = Self.roles([menu, "", Self.headline, "", keywords, "", Self.lead, "", Self.second])
        #expect(roles[menu] == "navigation")
        #expect(roles[keywords] == "navigation")
        #expect(roles[Self.headline] == "title")
        let unpunctuated =
            "وأكد الوزير في كلمته أمام المؤتمر أن الحكومة ستواصل العمل على تنفيذ المشاريع التنموية في جميع المحافظات دون استثناء"
        #expect(!LexicalFurniture.isSectionRun(TextLine(text: unpunctuated, line: 1, block: 0)))
        #expect(!LexicalFurniture.isBareTagList("بلغت الكلفة 1,250,000,000 دينار"))
        #expect(!LexicalFurniture.isBareTagList("زار الوزير عمّان، والزرقاء، وإربد، والعقبة."))
        #expect(!LexicalFurniture.isBareTagList("a,b,c,d."))
    }

    /// A photo's caption above the headline, closing with a comma and its date, is not taken
    /// for the headline though it shares as many words with the lead; a headline that ends
    /// with a date of its own stays the headline.
    @Test func aCaptionClosingWithItsDateIsNoHeadline() {
        let caption = "جرافة تابعة ليونيفيل وسط الدمار الذي خلفته الغارات الإسرائيلية على جنوب لبنان، 19 أكتوبر 2024"
        let headline = "إسرائيل تشن هجومًا على جنوب لبنان"
        let lead = "شن جيش الاحتلال الإسرائيلي هجومًا على جنوب لبنان زعم أنه استهدف \"أهدافًا إرهابية لحزب الله\"."
        let second =
            "وقال جيش الاحتلال على إكس إنه أغار \"على أهداف إرهابية تابعة لحزب الله في جنوب لبنان ومن بينها مستودعات أسلحة ومنصة صاروخية\"."
        let third =
            "من جهتها قالت الوكالة الوطنية للإعلام الرسمية في لبنان إن الطيران الحربي الإسرائيلي نفذ مساء أمس سلسلة غارات جوية مستهدفًا المنطقة الواقعة بين بلدات يحمر الشقيف وعرنون."
        let roles = Self.roles([
            "حساب يونيفيل على إكس", caption, "", headline, "", "قسم الأخبار", "منشور الخميس 7 آب/أغسطس 2025", "", lead,
            "", second, "", third,
        ])
        #expect(roles[headline] == "title")
        #expect(roles[caption] != "title" && roles[caption] != "body")
        #expect(FurnitureClassifier.closesWithCaptionDate(caption))
        #expect(
            !FurnitureClassifier.closesWithCaptionDate("كلمة رئيس مجلس النواب في اختتام الدورة التشريعية 10/02/2021"))
        #expect(!FurnitureClassifier.closesWithCaptionDate("قمة 19 أكتوبر 2024"))
    }

    /// A line inviting readers to follow the site on WhatsApp, Telegram or YouTube, between the
    /// story's paragraphs or above them, is the site's; a sentence of the story naming a channel
    /// is not.
    @Test func invitationsToFollowOnAPlatformAreTheSites() {
        let whatsapp = "لمتابعة الأخبار على واتس اب خرطوم سبورت إضغط النص"
        let telegram = "تغطية متواصلة على قناة موقع \"عرب 48\" في \"تليغرام\""
        let sentence = "وقال المتحدث عبر قناته على تليغرام إن الهجوم استهدف موقعين في المدينة."
        let roles = Self.roles([
            Self.headline, "", Self.lead, whatsapp, Self.second, telegram, sentence, Self.second + " وأضاف.",
        ])
        #expect(roles[whatsapp] == "navigation")
        #expect(roles[telegram] == "navigation")
        #expect(roles[sentence] == "body")
        // A YouTube channel's banner over a page without a headline is no headline.
        let youtube = "اشترك مجانا بقناة الوادي على يوتيوب"
        let banner = Self.roles([youtube, "", Self.lead, "", Self.second])
        #expect(banner[youtube] == "navigation", "\(banner)")
        let video = "وقال المتحدث في مقطع نشره على يوتيوب إن الهجوم استهدف موقعين في المدينة."
        #expect(Self.roles([Self.headline, "", Self.lead, video, Self.second])[video] == "body")
    }

    /// A caption closing with an agency's archive after a separator is a caption, in either
    /// order and language; a sentence naming an archive is not.
    @Test func captionClosingWithAnAgencysArchiveIsACaption() {
        let lead =
            "وذكرت حكومة ولاية الخرطوم في بيان لها أن القصف استهدف حي الثورة في أم درمان في أثناء صلاة التراويح، وأسفر عن سقوط قتلى وجرحى من المدنيين."
        for caption in [
            "شارع في مدينة أم درمان تعرض لأضرار جراء الحرب في السودان / Reuters Archive",
            "شارع في مدينة أم درمان تعرض لأضرار جراء الحرب - أرشيف رويترز",
        ] {
            let lines = ["مقتل 4 مدنيين في قصف على أم درمان", "", caption, "", lead, "", lead + " وأضاف البيان."]
            #expect(Self.roles(lines)[caption] == "caption", "\(caption)")
        }
        let prose = "وقالت الوزارة إنها فتحت للباحثين أرشيف الصور الذي حفظته منذ سنوات وكالة رويترز"
        let lines = ["عنوان الخبر عن الأرشيف", "", lead, "", prose, "", lead + " وأضاف البيان."]
        #expect(Self.roles(lines)[prose] == "body")
    }

    /// A wire dateline over the lead, a place, its country and the agency's initials in
    /// parentheses before a dash, is a byline naming the agency, not a caption.
    @Test func wireDatelineWithTheAgencysInitialsIsByline() {
        let dateline = "سرت (ليبيا) (أ ف ب) –"
        let roles = Self.roles([Self.headline, "", dateline, "", Self.lead, "", Self.second])
        #expect(roles[dateline] == "byline")
        #expect(OutletDetector.bylineTag(dateline, wholeLine: true)?.name == "أ ف ب")
    }

    /// An agency's end mark under the last paragraph is the story's; a camera's file name
    /// between paragraphs is a photo's alt text.
    @Test func endMarkStaysAndACamerasFileNameGoes() {
        for mark in ["انتهى.", "// انتهى //", "-انتهى-"] {
            #expect(Self.roles([Self.headline, "", Self.lead, "", Self.second, "", mark])[mark] == "body", "\(mark)")
        }
        let photo = "DSC 0095"
        #expect(Self.roles([Self.headline, "", Self.lead, "", photo, "", Self.second])[photo] == "caption")
        #expect(LexicalFurniture.isCameraFileName("IMG_20240312_101512.jpg"))
        #expect(!LexicalFurniture.isCameraFileName("IMG"))
        #expect(!LexicalFurniture.isCameraFileName("Dscovery 2025"))
    }

    @Test func shortExclamationIsAHeadline() {
        let headline = "المياه تصل أخيرا إلى الأحياء الشرقية بعد عشر سنوات!"
        #expect(Self.roles([headline, "الأحد 8 حزيران 2025", Self.lead, Self.second])[headline] == "title")
    }

    @Test func repeatedShortCaptionIsNotTheTitle() {
        let roles = Self.roles(["محطة التحلية", "محطة التحلية", Self.headline, Self.lead, Self.second])
        #expect(roles[Self.headline] == "title")
    }

    /// A masthead's credits printed twice (a role, then a name of three words) are a block, not
    /// the title printed twice; a headline printed twice is still the title, even beside a
    /// repeated line, when it shares words with the lead.
    @Test func mastheadPrintedTwiceIsNotTheTitle() {
        let masthead = ["رئيس التحرير", "سامي عبد الرحيم"]
        let roles = Self.roles(masthead + masthead + [Self.headline, Self.lead, Self.second])
        #expect(roles[Self.headline] == "title")
        #expect(roles["سامي عبد الرحيم"] != "title")
        let twice = Self.roles(
            [Self.headline, "مياه", Self.headline, "مياه", "تحرير: سامي عبد الرحيم", Self.lead, Self.second])
        #expect(twice[Self.headline] == "title")
        // One word of a credit found in the lead («المياه») is chance, not the story's title.
        let credits = ["الإشراف العام", "عادل أبو المياه", "رئيس التحرير", "سامي عبد الرحيم"]
        let chance = Self.roles(credits + credits + [Self.headline, Self.lead, Self.second])
        #expect(chance[Self.headline] == "title")
        #expect(chance["عادل أبو المياه"] != "title")
    }

    /// A two-word headline over its dateline is the title, though the photo's alt text and
    /// caption (one word, printed twice) stand under the dateline.
    @Test func aShortHeadlineOverItsDatelineAndAPhotosWordsIsTheTitle() {
        let short = "تحلية المياه"
        let roles = Self.roles([short, "", "01:56 م 05 أكتوبر 2023", "تحلية", "تحلية", "", Self.lead, "", Self.second])
        #expect(roles[short] == "title", "\(roles)")
        #expect(roles["تحلية"] != "title" && roles["تحلية"] != "body")
    }

    /// Three headlines of other stories over a lead (a ticker, the page's own headline not
    /// copied): one word shared with the lead («الجديدة») is chance, and none is the title; the
    /// story's headline among them shares two words or more, and is.
    @Test func aTickerOverALeadWithoutItsHeadlineGivesNoTitle() {
        let ticker = [
            "القيادة العسكرية تتوعد برد صارم وتؤكد فشل العدو في مواجهة قدراتها",
            "المسيحيون في بلاد ما بين النهرين يواجهون موجة جديدة من التحريض",
            "الذهب يسجل ارتفاعا ويقترب من أعلى مستوى قياسي له",
        ]
        let untitled = Self.roles(ticker + [Self.lead, Self.second])
        #expect(!untitled.values.contains("title"), "\(untitled)")
        let titled = Self.roles(ticker + [Self.headline, Self.lead, Self.second])
        #expect(titled[Self.headline] == "title", "\(titled)")
    }

    /// A long ticker over a page that prints no headline of its own may hold two items that
    /// share the same two words with the lead by chance («الشبكة», «الأحياء»): the lead singles
    /// out neither, and neither is the title. The story's headline under the same ticker shares
    /// more and is the title.
    @Test func aTickerItemTiedWithAnotherIsNotTheTitle() {
        let ticker = [
            "انقطاع الشبكة الكهربائية عن الأحياء الغربية بعد عاصفة رملية",
            "المنتخب الوطني يفوز على ضيفه في تصفيات كأس آسيا",
            "ارتفاع أسعار الذهب في الأسواق المحلية للمرة الثالثة",
            "الأرصاد تتوقع أمطارا غزيرة على المرتفعات نهاية الأسبوع",
            "توسعة الشبكة الهاتفية لتشمل الأحياء الجنوبية من العاصمة",
        ]
        let untitled = Self.roles(ticker + [Self.lead, Self.second])
        #expect(!untitled.values.contains("title"), "\(untitled)")
        #expect(untitled[ticker[4]] != "body" && untitled[Self.lead] == "body")
        let titled = Self.roles(ticker + [Self.headline, Self.lead, Self.second])
        #expect(titled[Self.headline] == "title", "\(titled)")
    }

    /// A share widget printing the headline again with a year run onto it is the headline
    /// printed twice: the title is the headline as the page heads it, without the year, and a
    /// ticker above it stays a ticker.
    @Test func headlineCopiedWithAYearRunOntoItIsTheTitleWithoutIt() {
        let ticker = "ارتفاع أسعار الذهب في الأسواق المحلية للمرة الثالثة"
        let roles = Self.roles([
            "الرئيسية", ticker, "", Self.headline, "", "سامي عبد الرحيم", "0", Self.headline + " 2026", "0",
            Self.lead, Self.second,
        ])
        #expect(roles[Self.headline] == "title", "\(roles)")
        #expect(roles[Self.headline + " 2026"] != "title" && roles[Self.headline + " 2026"] != "body")
        #expect(roles[ticker] != "title")
    }

    /// A carousel printing each item with and without its bullet is a block printed twice,
    /// and a bulleted line is never the title, even when an item shares words with the lead.
    @Test func carouselItemsAreNotTheTitle() {
        let carousel = [
            "• حصاد الأسبوع في صور", "حصاد الأسبوع في صور", "• أخبار المدينة الساحلية في دقيقة",
            "أخبار المدينة الساحلية في دقيقة",
        ]
        let roles = Self.roles(carousel + [Self.headline, Self.lead, Self.second])
        #expect(roles[Self.headline] == "title")
        for line in carousel { #expect(roles[line] != "title", "\(line)") }
    }

    /// The first line of the header repeated in a photo's caption with a name added is the
    /// title printed twice; lower down, under a headline, such a pair is alt text and caption.
    @Test func headlineRepeatedInItsCaptionIsTheTitle() {
        let opinion = "لهذا نحسد جيراننا !"
        let captioned = Self.roles([
            opinion, "الأحد 12 مايو 2024 10:30 ص", opinion + " سامي عبد الرحيم", Self.lead, Self.second,
        ])
        #expect(captioned[opinion] == "title")
        #expect(captioned[opinion + " سامي عبد الرحيم"] == "caption")
        let alt = "مدير محطة التحلية"
        let pair = Self.roles([Self.headline, alt, alt + " سامي عبد الرحيم", Self.lead, Self.second])
        #expect(pair[Self.headline] == "title")
        #expect(pair[alt] != "title")
    }
    /// A strike at a port, in the lead, then its cost to shippers, in other words.
    static let strike = (
        headline: "عمال ميناء المدينة الشمالية يضربون عن العمل للمطالبة بزيادة الأجور",
        lead: [
            "أضرب مئات العمال في ميناء المدينة الشمالية عن العمل صباح الاثنين، مطالبين بزيادة الأجور وتحسين شروط السلامة على الأرصفة بعد حادث الشهر الماضي.",
            "وقالت نقابة العمال إن الإضراب سيستمر حتى توقيع اتفاق جديد مع إدارة الميناء، التي رفضت حتى الآن رفع الأجور بأكثر من خمسة في المئة.",
            "وكان عامل قد لقي حتفه الشهر الماضي إثر سقوط حاوية على الرصيف، ما دفع النقابة إلى المطالبة بتحقيق مستقل في شروط السلامة.",
        ],
        cost: [
            "وتنتظر أكثر من ثلاثين سفينة تجارية قبالة السواحل، فيما تقدر شركات الشحن خسائرها اليومية بملايين الدولارات.",
            "وحذرت غرفة التجارة من أن تأخر السفن سيرفع أسعار السلع المستوردة، وقالت إن شركات الشحن بدأت تحويل بعض السفن إلى موانئ مجاورة.",
            "وأكدت شركات الشحن الكبرى أنها ستفرض رسوما إضافية على الحاويات المتأخرة، ما يزيد خسائر المستوردين والمصدرين على حد سواء.",
            "ويخشى المصدرون أن تفقد المحاصيل المخزنة في الساحات قيمتها إذا طال انتظار السفن وتأخر الشحن.",
        ]
    )
    static let goldHeadline = "أسعار الذهب تتراجع في الأسواق المحلية"

    @Test func paragraphWithAHeadlineGluedToItsEndStaysWithWhatFollows() {
        let glued = "وشدد ممثل النقابة على أن العمال لن يعودوا إلى الأرصفة قبل توقيع الاتفاق. " + Self.goldHeadline
        let roles = Self.roles([Self.strike.headline] + Self.strike.lead + [glued] + Self.strike.cost)
        for line in [glued] + Self.strike.cost { #expect(roles[line] == "body", "\(line)") }
        // The same paragraphs under the headline on a line of its own read as another story:
        // only the sentence before the glued headline keeps them in the body.
        let underHeadline = Self.roles(
            [Self.strike.headline] + Self.strike.lead + [Self.goldHeadline] + Self.strike.cost)
        for line in [Self.goldHeadline] + Self.strike.cost { #expect(underHeadline[line] == "unrelated", "\(line)") }
    }

    @Test func lastParagraphWithAGluedTailIsNoFooter() {
        let glued =
            "وشدد ممثل النقابة على أن العمال لن يعودوا إلى الأرصفة قبل توقيع الاتفاق. الحقول المطلوبة مشار إليها بنجمة"
        #expect(Self.roles([Self.strike.headline] + Self.strike.lead + [glued])[glued] == "body")
    }

    @Test func storyAppendedUnderItsHeadlineIsSetAside() {
        let gold = [
            "تراجعت أسعار الذهب في الأسواق المحلية للأسبوع الثالث على التوالي، مع ارتفاع الدولار وتراجع الطلب على المشغولات.",
            "وقال تجار الذهب إن سعر الغرام من عيار واحد وعشرين انخفض بنحو اثنين في المئة منذ بداية الشهر.",
            "ويتوقع التجار أن تستقر أسعار الذهب قبل موسم الأعراس، حين يرتفع الطلب على المشغولات عادة.",
        ]
        let roles = Self.roles([Self.strike.headline] + Self.strike.lead + [Self.goldHeadline] + gold)
        for line in [Self.goldHeadline] + gold { #expect(roles[line] == "unrelated", "\(line)") }
        for line in Self.strike.lead { #expect(roles[line] == "body", "\(line)") }
    }

    @Test func captionWithItsCreditAmidTheStoryStaysACaption() {
        let caption = "عمال الميناء يعتصمون أمام البوابة الرئيسية صباح الاثنين. (رويترز)"
        let english = "Dock workers gather outside the main gate of the port on Monday. Photo: AFP"
        for credited in [caption, english] {
            let roles = Self.roles([Self.strike.headline] + Self.strike.lead + [credited] + Self.strike.cost)
            #expect(roles[credited] == "caption", "\(credited)")
            for line in Self.strike.lead { #expect(roles[line] == "body", "\(line)") }
        }
    }
    @Test func lateSectionOnWhatTheStoryAlreadyToldStays() {
        // The cost to shippers comes up under the lead, then again under a subheading that
        // looks like a headline: the section shares little with the lead, much with the story.
        let subheading = "ما الذي يخسره الشاحنون؟ الحاويات تتكدس"
        let more = [
            "وقالت شركات الشحن إن خسائرها تضاعفت في الأسبوع الثاني، بعد أن حولت السفن المتأخرة إلى موانئ مجاورة بتكلفة أعلى.",
            "ولم تعد شركات الشحن الصغيرة قادرة على دفع غرامات تأخير السفن، بحسب غرفة التجارة التي طالبت بتعويض الخسائر.",
        ]
        let lines = [Self.strike.headline] + Self.strike.lead + Self.strike.cost.prefix(2) + [subheading] + more
        let roles = Self.roles(lines)
        for line in more { #expect(roles[line] == "body", "\(line)") }
        // Without the paragraphs that told it, the same section is about another story (its
        // paragraphs opening on their verbs: one opening on «و» goes on with the story above it).
        let bare = more.map { String($0.dropFirst()) }
        let untold = Self.roles([Self.strike.headline] + Self.strike.lead + [subheading] + bare)
        for line in bare { #expect(untold[line] == "unrelated", "\(line)") }
    }

    /// A line between two paragraphs closing with a media tag in parentheses is a link to
    /// another story; a headline closing so is the title, and a subheading with no tag stays.
    @Test func mediaTaggedLineBetweenParagraphsIsALink() {
        let headline = Self.headline + " (فيديو)"
        for teaser in ["افتتاح سد جديد في الجنوب…الوزير يتفقد الموقع (فيديو)", "مهرجان الربيع يختتم فعالياته (صور)"] {
            let roles = Self.roles([headline, "", Self.lead, teaser, Self.second])
            #expect(roles[teaser] == "related", "\(teaser)")
            #expect(roles[headline] == "title")
            #expect(roles[Self.lead] == "body" && roles[Self.second] == "body")
        }
        let subheading = "المرحلة الثانية من المشروع"
        #expect(Self.roles([Self.headline, "", Self.lead, subheading, Self.second])[subheading] == "body")
    }

    /// A short answer right under an interview's question at the end of the text, trailing off
    /// in dots, is the story's answer; the same line under a paragraph is a link under the story.
    @Test func shortAnswerUnderTheLastQuestionIsTheStorys() {
        let question = "* كيف تنظرون إلى مستقبل تحلية المياه في المدن الساحلية خلال السنوات المقبلة؟"
        for answer in ["- أعتقد أن التحلية ستصبح المصدر الأول للمياه..", "ج: نعمل على مضاعفة الطاقة قريبا.."] {
            let interview = Self.roles([Self.headline, "", Self.lead, "", Self.second, "", question + "\n" + answer])
            #expect(interview[answer] == "body", "\(answer)")
        }
        let link = "- أعتقد أن التحلية ستصبح المصدر الأول للمياه.."
        #expect(Self.roles([Self.headline, "", Self.lead, "", Self.second, "", link])[link] != "body")
    }

    /// A sentence announcing with a colon what follows is the story's, and so are the short
    /// lines under it without bullets (a round's fixtures): at the end of the story, and over
    /// headline-like lines inside it (the points of an analysis). A short label with a colon
    /// over headlines of other stories is still a list of links.
    @Test func sentenceAnnouncingWithAColonStaysWithItsShortItems() {
        let announce = "وستجرى مباريات الجولة الثانية من التصفيات يوم الأحد المقبل على النحو الآتي:"
        let fixtures = ["الموزمبيق _ الجزائر", "بوتسوانا _ غينيا", "الصومال _ أوغندا"]
        let atTheEnd = Self.roles([Self.headline, Self.lead, Self.second, announce] + fixtures)
        #expect(([announce] + fixtures).map { atTheEnd[$0] } == Array(repeating: "body", count: 4))
        let points = "ويشمل المشروع الجديد عدة مراحل متتابعة ستنفذها الشركة المشغلة:"
        let heads = [
            "توسعة خطوط النقل إلى الأحياء الشرقية للمدينة", "بناء خزانات إضافية على التلال المحيطة",
            "تدريب فرق الصيانة على تشغيل المضخات الحديثة",
        ]
        let third =
            "وأوضح مدير المحطة أن تنفيذ هذه المراحل سيبدأ مطلع العام المقبل، بتمويل من الموازنة العامة وقرض ميسر."
        let inside = Self.roles([Self.headline, Self.lead, points] + heads + [Self.second, third])
        #expect(inside[points] == "body")
        let label = "الأكثر قراءة:"
        let others = ["الحكومة تعلن خطة جديدة لدعم المزارعين في الجنوب", "ارتفاع أسعار الذهب في الأسواق المحلية"]
        let links = Self.roles([Self.headline, Self.lead, Self.second, label] + others)
        #expect(links[label] != "body" && others.allSatisfy { links[$0] != "body" })
    }

    /// A label of three or four words with a colon, naming what the story told («مدير المحطة
    /// الجديدة:» over his pledges), introduces the story's own bulleted list at its end; a label
    /// as short that names nothing of the story («مواضيع قد تهمك:») introduces links.
    @Test func aShortLabelNamingTheStoryIntroducesItsList() {
        let pledges = [
            "- لا انقطاع في ضخ المياه بعد اليوم في أي حي من أحياء المدينة",
            "- سنوسع الشبكة لتصل إلى القرى المجاورة قبل نهاية العام المقبل",
        ]
        let speaker = "مدير المحطة الجديدة:"
        let own = Self.roles([Self.headline, Self.lead, Self.second, speaker] + pledges)
        #expect(([speaker] + pledges).map { own[$0] } == ["body", "body", "body"], "\(own)")
        let label = "مواضيع قد تهمك كثيرا:"
        let links = Self.roles([Self.headline, Self.lead, Self.second, label] + pledges)
        #expect(pledges.allSatisfy { links[$0] != "body" }, "\(links)")
    }

    /// A "read also" header alone on its line opens a section, as a headline does: the teaser
    /// paragraphs of another story under it, after the story's lead, are furniture;
    /// paragraphs continuing the story (a header left in the text above a video, say) stay.
    @Test func paragraphsUnderAReadAlsoHeaderAreWeighedAsASection() {
        let teaser = [
            "أبلغ وزير الدفاع نظيره الأميركي في اتصال هاتفي بدء عملية عسكرية واسعة في الجنوب، بحسب ما نقلت صحيفة عبرية.",
            "وقالت الصحيفة إن الحركة ترفض كل المقترحات المطروحة للتهدئة حتى الآن، وإن المفاوضات متوقفة منذ أسابيع.",
        ]
        let third = "وأضاف أن المحطة تعمل بالطاقة الشمسية في ساعات النهار، ما يخفض كلفة تشغيلها إلى النصف تقريبا."
        let other = Self.roles([Self.headline, Self.lead, Self.second, third, "شاهد أيضاً"] + teaser)
        #expect(teaser.map { other[$0] } == ["unrelated", "unrelated"])
        let more =
            "وأكدت الشركة المشغلة أن محطة التحلية الجديدة ستغطي حاجة المدينة الساحلية من المياه خلال أشهر الصيف المقبلة."
        let same = Self.roles([Self.headline, Self.lead, "شاهد أيضاً", Self.second, more])
        #expect([Self.second, more].map { same[$0] } == ["body", "body"])
    }
}
