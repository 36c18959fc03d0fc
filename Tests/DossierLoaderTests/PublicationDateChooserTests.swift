import DossierModel
import Testing

@testable import DossierLoader

/// Which dated line becomes the publication date, and when the choice is doubtful: site
/// clocks above the headline, dates after the day of reading.
@Suite struct PublicationDateChooserTests {
    static let today = PartialDate(year: 2026, month: 11, day: 30)
    static let lead =
        "أقر مجلس النواب مساء الخميس موازنة العام الجديد بأغلبية 70 صوتا، بعد نقاش استمر أكثر من عشر ساعات حول الضرائب والرواتب."
    static let second =
        "وقال رئيس لجنة المال إن الموازنة تتضمن زيادة في الإنفاق على الصحة والتعليم، مع خفض العجز إلى أربعة في المئة."
    static let headline = "البرلمان يقر موازنة العام الجديد بعد جلسة طويلة"

    static func choose(_ lines: [String], today: PartialDate = today) -> PublicationDateChooser.Choice {
        let text = lines.joined(separator: "\n")
        let textLines = ParagraphSplitter.lines(of: text, firstLine: 1)
        let split = ArticleSplit(lines: textLines, roles: FurnitureClassifier.classify(textLines))
        return PublicationDateChooser.choose(split, today: today)
    }

    /// «اليوم الخميس» names a weekday relative to a day the text does not give: without an
    /// anchor date there is no date, and no Thursday near today is guessed.
    @Test func relativeDayWithoutAnAnchorGivesNoDate() {
        for line in ["اليوم الخميس", "نشر اليوم الخميس", "أمس الأربعاء - 10:30 صباحاً"] {
            let choice = Self.choose([Self.headline, line, Self.lead, Self.second])
            #expect(choice.date == nil, "\(line)")
        }
    }

    /// A caption closing with its photo's credit dates the photo, not the story: Reuters' time
    /// above the headline, a day after the photo, is the date.
    @Test func captionCreditingItsPhotoDatesThePhoto() {
        let choice = Self.choose([
            "World News", "May 6, 2019 / 1:58 AM", "", "Palestinians say Gaza ceasefire reached", "", "1 Min Read", "",
            "People take cover as a siren sounds warning of incoming rockets, in the southern city of Ashkelon"
                + " May 5, 2019. REUTERS/Amir Cohen",
            "",
            "GAZA (Reuters) - Palestinian officials said a ceasefire agreement was reached on Monday to end a"
                + " recent surge of violence in the area.",
            "",
            "A second official confirmed that a deal was reached, as did a television station run by the authorities.",
        ])
        #expect(choice.date == PartialDate(year: 2019, month: 5, day: 6, hour: 1, minute: 58))
    }

    /// A wire's English caption over an Arabic story, its credit inside, dates the photo: the
    /// story has no date of its own.
    @Test func wireCaptionOverAnArabicStoryDatesThePhoto() {
        let caption =
            "A handout picture released by the parliament's press office on November 3, 2022 shows deputies voting "
            + "on the budget in the assembly hall in the capital, after a session that lasted more than ten hours "
            + "and was marked by a heated debate on taxes and salaries. (Photo by HANDOUT / PARLIAMENT PRESS OFFICE / "
            + "AFP) / RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT"
        #expect(Self.choose([caption, "", Self.lead, "", Self.second]).date == nil)
    }

    /// A wire's dateline run into the lead («الخرطوم 27 أكتوبر 2025 (شينخوا) أعلن …») dates the
    /// story, though a date inside a paragraph is otherwise an event of it.
    @Test func aWireDatelineRunIntoTheLeadDatesTheStory() {
        let wire = "الخرطوم 27 أكتوبر 2025 (شينخوا) " + Self.lead
        #expect(Self.choose([Self.headline, wire, Self.second]).date == PartialDate(year: 2025, month: 10, day: 27))
        let event = "قال الوزير إن الاتفاق وقع في 27 أكتوبر 2025 (رويترز) " + Self.lead
        #expect(Self.choose([Self.headline, event, Self.second]).date == nil)
    }

    /// A place's dateline with a dash run into the lead («الفاشر 1 أكتوبر 2025 ــ قال …»)
    /// dates the story, whatever the dash; the same date after words that are no place, or
    /// with no dash after it, is an event of the story.
    @Test func aPlacesDatelineWithADashDatesTheStory() {
        for dash in ["ــ", "-", "–", "—"] {
            let lead = "الفاشر 1 أكتوبر 2025 \(dash) " + Self.lead
            #expect(Self.choose([Self.headline, lead, Self.second]).date == PartialDate(year: 2025, month: 10, day: 1))
        }
        let event = "وقع الاتفاق 1 أكتوبر 2025 - " + Self.lead
        #expect(Self.choose([Self.headline, event, Self.second]).date == nil)
        let undashed = "الفاشر 1 أكتوبر 2025 " + Self.lead
        #expect(Self.choose([Self.headline, undashed, Self.second]).date == nil)
    }

    /// The reporter's name may open a place's dateline, and a weekday, «في» and a time stand
    /// around its date; a name before a place with no dash between them is the story's.
    @Test func aReportersDatelineWithWeekdayAndTimeDatesTheStory() {
        let datelines = [
            "سامي عبد الله - الإسكندرية في الثلاثاء 3 فبراير 2026 08:15 صباحاً - " + Self.lead,
            "منى حسن – الرياض الخميس 5 فبراير 2026 - " + Self.lead,
            "عدن في 4 فبراير 2026 11:40 - " + Self.lead,
        ]
        let days = [3, 5, 4]
        for (lead, day) in zip(datelines, days) {
            let date = Self.choose([Self.headline, lead, Self.second]).date.map(PublicationDateChooser.day)
            #expect(date == PartialDate(year: 2026, month: 2, day: day), "\(lead)")
        }
        let event = "وقال سامي عبد الله الإسكندرية في الثلاثاء 3 فبراير 2026 - " + Self.lead
        #expect(Self.choose([Self.headline, event, Self.second]).date == nil)
    }

    /// A place of one to three words and a comma opens a dateline in any language: a dash
    /// closes it, or a full stop, after the year's word in Slavic languages. Words closed by a
    /// comma that are not one to three (a sentence), or a date the story goes on after, are not.
    @Test func aPlaceAndACommaOpenADatelineInAnyLanguage() {
        let second = "שר החוץ צפוי להיפגש עם עמיתו המצרי ולדון במצב ההומניטרי באזור, כך נמסר בהודעה."
        let datelines = [
            "ירושלים, 12 במרץ 2025 – שר החוץ יצא היום לקהיר כדי להשתתף בשיחות על הפסקת אש קבועה.",
            "Москва, 12 марта 2025 года. Министр иностранных дел сегодня отправился в Каир на переговоры.",
            "Buenos Aires, 12 de marzo de 2025 - El ministro viajó hoy a El Cairo para las negociaciones.",
            "القدس المحتلة، 12 مارس 2025 ــ " + Self.lead,
        ]
        for lead in datelines {
            #expect(
                Self.choose([Self.headline, lead, second]).date == PartialDate(year: 2025, month: 3, day: 12), "\(lead)"
            )
        }
        let notDatelines = [
            "وقال المتحدث باسم الوزارة في بيان، 12 مارس 2025 - " + Self.lead,
            "Москва, 12 марта 2025 года министр иностранных дел отправился в Каир на переговоры.",
        ]
        for lead in notDatelines { #expect(Self.choose([Self.headline, lead, second]).date == nil, "\(lead)") }
    }

    @Test func dateLineUnderTheHeadlineBeatsTheSiteClock() {
        let choice = Self.choose([
            "10:23 مساءً / 29 يناير، 2026", "الرئيسية", "سياسة", Self.headline, "الخميس 9 يناير 2025", Self.lead,
            Self.second,
        ])
        #expect(choice.date == PartialDate(year: 2025, month: 1, day: 9))
        #expect(choice.findings.isEmpty)
    }

    /// A site's «آخر تحديث» high in its header is the day the page was copied (on two real
    /// pages it was ten months and years after the story): it gives way to the dateline under
    /// the headline, and without one the page has no date, with a warning naming the line.
    @Test func siteUpdateAboveTheHeaderIsNeverTheDate() {
        let update = "آخر تحديث :الأحد - 16 نوفمبر 2025 - 09:10 م"
        let dated = Self.choose([
            update, "اخبار العالم", Self.headline, "الجمعة - 10 يناير 2025 - 11:35 م بتوقيت عدن", Self.lead,
            Self.second,
        ])
        #expect(dated.date == PartialDate(year: 2025, month: 1, day: 10, hour: 23, minute: 35))
        let alone = Self.choose([update, "اخبار العالم", Self.headline, Self.lead, Self.second])
        #expect(alone.date == nil)
        guard case .siteUpdateIgnored(let line)? = alone.findings.first else {
            Issue.record("expected siteUpdateIgnored: \(alone.findings)")
            return
        }
        #expect(line.line == 1)
    }

    /// A clock above the headline that shows the seconds is running on the page: never the
    /// date, even when nothing else dates the article; a dateline under the headline is.
    @Test func clockShowingTheSecondsIsNeverTheDate() {
        let clock = "2024-04-20 الساعة: 11:12:17 (بتوقيت القدس الشريف)"
        let alone = Self.choose([clock, Self.headline, Self.lead, Self.second])
        #expect(alone.date == nil)
        guard case .runningClockIgnored(let line, .seconds)? = alone.findings.first else {
            Issue.record("expected runningClockIgnored: \(alone.findings)")
            return
        }
        #expect(line.line == 1)
        let dated = Self.choose([clock, Self.headline, "نشر في 18 نيسان 2024", Self.lead, Self.second])
        #expect(dated.date == PartialDate(year: 2024, month: 4, day: 18))
        #expect(dated.findings.isEmpty)
        // Without the seconds the same line may be the article's time: taken, with a warning.
        let minutes = Self.choose(["2024-04-20 الساعة: 11:12", Self.headline, Self.lead, Self.second])
        #expect(minutes.date == PartialDate(year: 2024, month: 4, day: 20, hour: 11, minute: 12))
    }

    /// A stamp to the second that names the text's source after it is an aggregator's post
    /// date, not a clock running on the page: a clock credits no one.
    @Test func stampNamingItsSourceIsNoClock() {
        for (stamp, day) in [
            ("2023-06-11 09:42:51 - المصدر: صحيفة الصباح", 11), ("2023-06-12 21:03:07 - Source : Al Sumaria", 12),
        ] {
            let choice = Self.choose([stamp, "", Self.lead, Self.second])
            #expect(
                choice.date.map(PublicationDateChooser.day) == PartialDate(year: 2023, month: 6, day: day), "\(stamp)")
        }
    }

    /// A timestamp to the second under a copy of the headline (the tab's title, then the site's
    /// name and the stamp, then the headline again) is the article's, not a clock: a clock runs
    /// in the top bar, above every copy; and a stamp labelled after its date («… : نشر في», a
    /// right-to-left label copied in display order) is marked, no clock either.
    @Test func stampUnderACopyOfTheHeadlineOrLabelledAfterItsDateIsTheArticles() {
        let stamped = Self.choose([
            Self.headline + " –", "", "موقع الأخبار", "2025-02-22 08:20:00", "", Self.headline, "", Self.lead, "",
            Self.second,
        ])
        #expect(stamped.date == PartialDate(year: 2025, month: 2, day: 22, hour: 8, minute: 20))
        let labelled = Self.choose(["11:05:16 2025-12-01 : نشر في", "", Self.headline, "", Self.lead, Self.second])
        #expect(labelled.date == PartialDate(year: 2025, month: 12, day: 1, hour: 11, minute: 5))
    }

    /// A date badge, day, month and year each on a line of their own under the headline, is
    /// the article's date; single words in a row that are not a date are not one.
    @Test func dateBadgeOnThreeLinesIsRead() {
        let badge = Self.choose([Self.headline, "11", "NOVEMBER", "2025", Self.lead, Self.second])
        #expect(badge.date == PartialDate(year: 2025, month: 11, day: 11))
        let arabic = Self.choose([Self.headline, "3", "مارس", "2024", "", Self.lead, Self.second])
        #expect(arabic.date == PartialDate(year: 2024, month: 3, day: 3))
        let counters = Self.choose([Self.headline, "3", "تعليقات", "2025", Self.lead, Self.second])
        #expect(counters.date == nil)
    }

    /// A clock above the headline that states its zone, or one above a headline whose article
    /// prints its own time alone under it, is the site's; a dateline with neither is taken.
    @Test func clockWithItsZoneOrOverTheArticlesOwnTimeIsNeverTheDate() {
        let zoned = Self.choose(["12-01-2025 09:14 PM Beirut time", Self.headline, Self.lead, Self.second])
        #expect(zoned.date == nil)
        guard case .runningClockIgnored(_, .zone)? = zoned.findings.first else {
            Issue.record("expected runningClockIgnored for the zone: \(zoned.findings)")
            return
        }
        let ownTime = Self.choose(["الثلاثاء 2025-01-14 23:05 م", Self.headline, "09:30 ص", Self.lead, Self.second])
        #expect(ownTime.date == nil)
        guard case .runningClockIgnored(_, .articleTime)? = ownTime.findings.first else {
            Issue.record("expected runningClockIgnored: \(ownTime.findings)")
            return
        }
        let dateline = Self.choose(["الثلاثاء 2025-01-14 23:05 م", Self.headline, Self.lead, Self.second])
        #expect(dateline.date == PartialDate(year: 2025, month: 1, day: 14, hour: 23, minute: 5))
    }

    /// A site's date in its header, with the Hijri date beside it in words, is not taken.
    @Test func siteDateWithItsHijriDateIsNotTaken() {
        let line = "الجمعة 03 ماي 2024 ميلادي، الموافق لـ 24 شوال 1445 هجري"
        #expect(DateSupport.isDateLine(line))
        let choice = Self.choose([line, "آخر الأخبار", Self.headline, Self.lead, Self.second])
        #expect(choice.date == nil)
    }

    @Test func clockLaterThanTheStoryIsNotTaken() {
        let choice = Self.choose([
            "الجمعة 14:05 | 3 آذار 2026", Self.headline,
            "أقر مجلس النواب مساء الخميس 9 كانون الثاني 2025 موازنة العام الجديد بأغلبية 70 صوتا بعد نقاش طويل.",
            Self.second,
        ])
        #expect(choice.date == nil)
        guard case .clockIgnored(let line)? = choice.findings.first else {
            Issue.record("expected a clock finding, got \(choice.findings)")
            return
        }
        #expect(line.line == 1)
    }

    /// A clock-like line long after the story's other dates is the article's own when the lead
    /// names its day by the weekday («أمس الأحد» under Monday 11 March): taken, with a warning.
    /// A lead naming another weekday, or «أمس» with none, confirms nothing.
    @Test func clockTheLeadNamesByItsWeekdayIsTaken() {
        let clock = "11 آذار 24 - 09:40"
        let older = "ويأتي القرار بعد احتجاجات شهدتها المدينة في 3 تموز 2022 بسبب انقطاع المياه."
        let confirmed = Self.choose([
            clock, "افتتحت وزارة المياه، أمس الأحد، محطة الضخ الجديدة في المدينة بحضور المحافظ وعدد من النواب.",
            older,
        ])
        #expect(confirmed.date?.iso == "2024-03-11T09:40", "\(confirmed)")
        if case .clockOnly? = confirmed.findings.first {} else { Issue.record("expected clockOnly: \(confirmed)") }
        for lead in [
            "افتتحت وزارة المياه، أمس السبت، محطة الضخ الجديدة في المدينة بحضور المحافظ وعدد من النواب.",
            "افتتحت وزارة المياه، أمس، محطة الضخ الجديدة في المدينة بحضور المحافظ وعدد من النواب.",
        ] {
            let refused = Self.choose([clock, lead, older])
            #expect(refused.date == nil, "\(refused)")
        }
    }

    /// A dateline above the headline a day after the story's dates (Reuters: «May 6, 2019 /
    /// 1:58 AM», a photo of May 5 below) is taken, with a warning; the same line two days
    /// after is the day the page was copied.
    @Test func clockADayAfterTheStoryIsTakenWithAWarning() {
        let story = "أقر مجلس النواب مساء الخميس 9 كانون الثاني 2025 موازنة العام الجديد بأغلبية 70 صوتا بعد نقاش طويل."
        let nextDay = Self.choose(["الجمعة 14:05 | 10 كانون الثاني 2025", Self.headline, story, Self.second])
        #expect(nextDay.date?.iso == "2025-01-10T14:05")
        if case .clockOnly? = nextDay.findings.first {} else { Issue.record("expected clockOnly: \(nextDay.findings)") }
        let sameDay = Self.choose(["الخميس 14:05 | 9 كانون الثاني 2025", Self.headline, story, Self.second])
        #expect(sameDay.date?.iso == "2025-01-09T14:05")
        #expect(sameDay.findings.isEmpty)
        let twoDaysLater = Self.choose(["السبت 14:05 | 11 كانون الثاني 2025", Self.headline, story, Self.second])
        #expect(twoDaysLater.date == nil)
        if case .clockIgnored? = twoDaysLater.findings.first {
        } else {
            Issue.record("expected clockIgnored: \(twoDaysLater.findings)")
        }
    }

    /// A list of teasers above the headline, each a title and a dated line («عيون المقالات»),
    /// dates no article: its dates are never taken, the nearest one included.
    @Test func datesOfATeaserListAboveTheHeadlineAreNotTaken() {
        let teasers = [
            "عيون المقالات", "التعميم بوصفه تخبيصة العقل الأولى", "18/04/2024 - مصطفى تاج الدين الموسى",
            "رسائل النيران بين إيران وإسرائيل", "15/04/2024 - محمد مختار الشنقيطي", "جنوب لبنان بعد غزة",
            "06/04/2024 - عبد الوهاب بدرخان", "على هامش رواية", "04/04/2024 - حازم صاغية",
        ]
        let choice = Self.choose(teasers + [Self.headline, Self.lead, Self.second])
        #expect(choice.date == nil)
        // The article's own dateline under the headline is still found.
        let dated = Self.choose(teasers + [Self.headline, "الخميس 9 يناير 2025", Self.lead, Self.second])
        #expect(dated.date == PartialDate(year: 2025, month: 1, day: 9))
        // One dated line right above the headline is the article's.
        let own = Self.choose(["الرئيسية", "4/4/2024 - حازم صاغية", Self.headline, Self.lead, Self.second])
        #expect(own.date == PartialDate(year: 2024, month: 4, day: 4))
    }

    @Test func clockAloneIsTakenWithAWarning() {
        let choice = Self.choose(["08:40 ص - 12 فبراير 2025", Self.headline, Self.lead, Self.second])
        #expect(choice.date?.iso == "2025-02-12T08:40")
        #expect(choice.findings.count == 1)
        if case .clockOnly? = choice.findings.first {} else { Issue.record("expected clockOnly: \(choice.findings)") }
    }

    @Test func futureDateIsWarned() {
        let choice = Self.choose([Self.headline, "15 مارس 2027", Self.lead, Self.second])
        #expect(choice.date == PartialDate(year: 2027, month: 3, day: 15))
        guard case .future(_, let date)? = choice.findings.first else {
            Issue.record("expected a future finding, got \(choice.findings)")
            return
        }
        #expect(date == PartialDate(year: 2027, month: 3, day: 15))
    }

    @Test func sameDayAsTodayIsNotFuture() {
        let choice = Self.choose([Self.headline, "30 نوفمبر 2026 - 23:59", Self.lead, Self.second])
        #expect(choice.date?.day == 30)
        #expect(choice.findings.isEmpty)
    }

    @Test func markedDateWinsOverAnEarlierLine() {
        let choice = Self.choose([
            "الأحد 16 فبراير 2025", Self.headline, Self.lead, Self.second, "نشر في: 14 فبراير 2025 - 10:00 ص",
        ])
        #expect(choice.date?.iso == "2025-02-14T10:00")
    }

    @Test func noDateLineNoDate() {
        let choice = Self.choose([Self.headline, Self.lead, Self.second])
        #expect(choice.date == nil)
        #expect(choice.findings.isEmpty)
    }

    /// A weekday and a date with no time, menus between it and the headline, is how a site
    /// prints today's date: it is never the publication date, even when it is the only one.
    @Test func siteDateInTheHeaderIsNeverTaken() {
        for clock in ["الأحد - 8 حزيران 2025", "Tuesday, June 10, 2025", "السبت , يوليو 27 2024"] {
            let choice = Self.choose([clock, "الرئيسية", "أخبار محلية", Self.headline, Self.lead, Self.second])
            #expect(choice.date == nil, "\(clock)")
        }
    }

    /// A clock above the credits of a site's masthead («رئيس التحرير …», alone or after the
    /// paper's name), time and Hijri date beside it, is the site's, and so is a date in the menu bar («من نحن | اتصل بنا | …»): an
    /// article's own time above its headline is then taken. Without the credits, the same
    /// clock over the headline is still read.
    @Test func dateAboveTheMastheadsCreditsOrInTheMenuIsTheSites() {
        let clock = "الخميس 4 ديسمبر 2025 09:12 صـ 13 جمادى آخر 1447 هـ"
        let credited = Self.choose([
            "صحيفة الوادي", clock, "رئيس مجلس الإدارة ورئيس التحرير سامي الحاج", Self.headline, Self.lead,
            Self.second,
        ])
        #expect(credited.date == nil)
        // The credits after the paper's name on one line, the editor's name glued to them.
        let named = Self.choose([
            "الوادي", clock, "جريدة الوادي اليومية رئيس مجلس الإدارة ورئيس التحريرسامي الحاج", Self.headline, Self.lead,
            Self.second,
        ])
        #expect(named.date == nil)
        #expect(Self.choose(["صحيفة الوادي", clock, Self.headline, Self.lead, Self.second]).date?.year == 2025)
        let menu = Self.choose([
            "الرئيسية | من نحن | اتصل بنا | الاثنين, 3 مارس 2025", "2024/11/02 10:15", Self.headline, Self.lead,
            Self.second,
        ])
        #expect(menu.date.map { [$0.year, $0.month, $0.day] } == [2024, 11, 2])
    }

    /// A date above a masthead naming the site («موقع الصفوة»), its name above the date too, is
    /// in the header the site prints on every page; the same date under the masthead is read.
    @Test func dateAboveTheSitesMastheadIsTheSites() {
        let clock = "الأحد 28 ديسمبر 2025 مـ 02:41 صـ 8 رجب 1447 هـ"
        #expect(Self.choose(["الصفوة", clock, "موقع الصفوة", Self.headline, Self.lead, Self.second]).date == nil)
        #expect(Self.choose([clock, "جريدة الوادي", Self.headline, Self.lead, Self.second]).date == nil)
        #expect(Self.choose(["موقع الصفوة", clock, Self.headline, Self.lead, Self.second]).date?.year == 2025)
    }

    /// A date beside the top bar's weather («23.9 C», a city, the date) is today's, on its line
    /// or the two under the temperature; a date further down the header is still read.
    @Test func dateBesideTheWeatherIsTheSites() {
        #expect(
            Self.choose(["23.9 C", "تونس", "1 أكتوبر، 2025", "أخبار الجهات", Self.headline, Self.lead]).date == nil)
        #expect(Self.choose(["Erbil 17°C الأربعاء 23 تشرين الأول 2024 08:34", Self.headline, Self.lead]).date == nil)
        let far = Self.choose([
            "23.9 C", "تونس", "الرئيسية", "أخبار الجهات", "1 أكتوبر، 2025", Self.headline, Self.lead,
        ])
        #expect(far.date.map { [$0.year, $0.month, $0.day] } == [2025, 10, 1])
        #expect(PublicationDateChooser.hasTemperature("٢٣ °"))
        #expect(PublicationDateChooser.hasTemperature("-4F"))
        #expect(PublicationDateChooser.hasTemperature("Erbil 17°C"))
        #expect(!PublicationDateChooser.hasTemperature("الفريق C فاز 3 C"))
        #expect(!PublicationDateChooser.hasTemperature("C"))
        #expect(!PublicationDateChooser.hasTemperature("1.2.3 C"))
    }

    /// A time and date over the label of the site's ticker is the bar at the top of every page;
    /// the same line alone over the headline, or over «عاجل», is still read, with a warning.
    @Test func clockOverTheTickerIsTheSites() {
        let clock = "09:40 صباحاً / 14 مارس، 2025"
        #expect(Self.choose([clock, "آخر الأخبار", Self.headline, Self.lead, Self.second]).date == nil)
        let alone = Self.choose([clock, Self.headline, Self.lead, Self.second])
        #expect(alone.date.map { [$0.year, $0.month, $0.day] } == [2025, 3, 14])
        // «عاجل» alone announces the story under its dateline, not a ticker.
        let urgent = Self.choose([clock, "عاجل", Self.headline, Self.lead, Self.second])
        #expect(urgent.date.map { [$0.year, $0.month, $0.day] } == [2025, 3, 14])
    }

    /// Dates between the teasers under «مقالات قد تهمك» date the teasers, not the story.
    @Test func datesOfRelatedTeasersAreNotTheArticles() {
        let choice = Self.choose([
            Self.headline, Self.lead, Self.second, "مقالات قد تهمك", "الأحد 12 أكتوبر 2025",
            "الحكومة تعلن خطة جديدة لدعم المزارعين في الجنوب", "الخميس 2 أكتوبر 2025",
            "افتتاح معرض الكتاب بمشاركة مئتي دار نشر",
        ])
        #expect(choice.date == nil)
    }

    /// The same date right above the headline is the article's own (a blog's date header).
    @Test func dateRightAboveTheHeadlineIsTheArticles() {
        let choice = Self.choose(["الرئيسية", "الأحد - 8 حزيران 2025", Self.headline, Self.lead, Self.second])
        #expect(choice.date == PartialDate(year: 2025, month: 6, day: 8))
    }

    /// An opening line of the body that is no sentence carries the story's date; a date inside
    /// a paragraph is an event of the story.
    @Test func datedOpeningLineCountsParagraphDatesDoNot() {
        let opening = "صباح الخير، إليكم أبرز ما جرى في البرلمان الأحد 8 حزيران 2025"
        let dated = Self.choose([Self.headline, "بقلم: سامي الحاج", opening, Self.lead, Self.second])
        #expect(dated.date == PartialDate(year: 2025, month: 6, day: 8))
        let event = "أقر مجلس النواب في 8 حزيران 2025 موازنة العام الجديد بأغلبية 70 صوتا، بعد نقاش استمر عشر ساعات."
        #expect(Self.choose([Self.headline, event, Self.second]).date == nil)
    }

    /// A page's date line that the copy ran into the lead, a letter right after it, dates the
    /// article; a chronology's first entry and a date in a sentence do not.
    @Test func aDateGluedToTheStartOfTheLeadDatesTheArticle() {
        let glued = Self.choose([Self.headline, "2026-02-02" + Self.lead, Self.second])
        #expect(glued.date == PartialDate(year: 2026, month: 2, day: 2))
        let chronology = Self.choose([Self.headline, "15 مارس 2011: " + Self.lead, Self.second])
        #expect(chronology.date == nil)
        let sentence = Self.choose([Self.headline, "في 2 فبراير 2026 " + Self.lead, Self.second])
        #expect(sentence.date == nil)
    }

    /// An author box's «since» over a date dates the author's membership, not the article; the
    /// same date under a label of its own would be taken.
    @Test func aDateUnderASinceLabelIsNoCandidate() {
        let member = Self.choose(["Blog Contributor since:", "03 December 2007", Self.headline, Self.lead, Self.second])
        #expect(member.date == nil)
        let arabic = Self.choose(["عضو منذ:", "03 ديسمبر 2007", Self.headline, Self.lead, Self.second])
        #expect(arabic.date == nil)
        let published = Self.choose(["نشر في:", "03 ديسمبر 2007", Self.headline, Self.lead, Self.second])
        #expect(published.date == PartialDate(year: 2007, month: 12, day: 3))
    }
}
