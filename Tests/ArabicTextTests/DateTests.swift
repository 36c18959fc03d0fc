import Testing

@testable import ArabicText

struct DateCase: Sendable, CustomStringConvertible {
    let input: String
    /// `isoString` of every date found, in order.
    let expected: [String]
    var description: String { input }
    init(_ input: String, _ expected: [String]) {
        self.input = input
        self.expected = expected
    }
}

/// The substring of `text` covered by a scalar range.
func scalarSlice(_ text: String, _ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: Array(text.unicodeScalars)[range])
    return String(view)
}

private let rlm = "\u{200F}"

/// docs/arabic-text-engine.md §12.3, D rows.
private let specCases: [DateCase] = [
    DateCase("20 سبتمبر 2024", ["2024-09-20"]),
    DateCase("٢٠ سبتمبر/أيلول ٢٠٢٤", ["2024-09-20"]),
    DateCase("الجمعة 20 أيلول 2024", ["2024-09-20"]),
    DateCase("3 تشرين الثاني 2023", ["2023-11-03"]),
    DateCase("15 كانون الثاني 2025", ["2025-01-15"]),
    DateCase("1 يوليه 2024", ["2024-07-01"]),
    DateCase("5 إبريل 2024", ["2024-04-05"]),
    DateCase("12 جوان 2024 / 7 غشت 2024", ["2024-06-12", "2024-08-07"]),
    DateCase("آخر تحديث: 20/9/2024 - 10:35 ص (بتوقيت مكة المكرمة)", ["2024-09-20T10:35+03:00"]),
    DateCase("20-09-2024 | 12:15 ص", ["2024-09-20T00:15"]),
    DateCase("نشر في ٢٠\(rlm)/٩\(rlm)/٢٠٢٤ الساعة ١٠:٣٥ مساءً", ["2024-09-20T22:35"]),
    DateCase("السبت 21 سبتمبر 2024 م ـ 18 ربيع الأول 1446 هـ", ["2024-09-21"]),
    DateCase("أيار (مايو) 2024", ["2024-05"]),
    DateCase("مارس الضغط على الحكومة", []),
    DateCase("عاد الأب إلى المنزل", []),
    DateCase("31 سبتمبر 2024", []),
    DateCase("تم نشره الثلاثاء 01st تشرين الأوّل / أكتوبر 2019", ["2019-10-01"]),
    DateCase("الإثنين 09/مارس/2026 - 09:25 م", ["2026-03-09T21:25"]),
    DateCase("[31/ ديسمبر/2015]", ["2015-12-31"]),
    DateCase("31 /ديسمبر/ 2015", []),
    DateCase("نشر 3-أيار-2021", ["2021-05-03"]),
    DateCase("تاريخ النشر: 25th, March 2025 GMT", ["2025-03-25"]),
    DateCase("السبت 2024-10-19 22:25 م", ["2024-10-19T22:25"]),
    DateCase("03-05-2024 05:26 AM Jerusalem Timing", ["2024-05-03T05:26+03:00"]),
]

/// Our own cases: regional spellings, digits, times, zones, non-dates.
private let ownCases: [DateCase] = [
    // A day glued to a comma before its month, as some sites print it; a comma after a day
    // that no month follows joins two days, and no year, no date.
    DateCase("24, أغسطس 2019", ["2019-08-24"]),
    DateCase("24، أغسطس 2019", ["2019-08-24"]),
    DateCase("يومي 23، 24 أغسطس 2019", ["2019-08-24"]),
    DateCase("الفصل 3, أغسطس", []),
    // A two-digit year, read only between a day and month and a clock time, as a dateline
    // prints it; elsewhere the number is a day, an hour or a count.
    DateCase("3 أيار 21 - 09:15", ["2021-05-03T09:15"]),
    DateCase("17 مارس 24 | 18:40", ["2024-03-17T18:40"]),
    DateCase("5 May 98 11:30", ["1998-05-05T11:30"]),
    DateCase("من 29 نوفمبر 19 ديسمبر", []),
    DateCase("أيار 21 - 09:15", []),
    DateCase("3 أيار 21:15", []),
    DateCase("في 12 آذار 15 متظاهرا", []),
    // A two-digit year glued to the separator that joins it to the month's name, the day glued
    // too, as English-language sites print `%d-%b-%y`; glued on to another part, it is none.
    DateCase("09-Aug-21 02:45 PM", ["2021-08-09T14:45"]),
    DateCase("نشر 3-أيار-21", ["2021-05-03"]),
    DateCase("17/Mar/24", ["2024-03-17"]),
    DateCase("3 - أيار - 21", []),
    DateCase("09-Aug-21-5", []),
    // Levant and Iraq, with and without the article.
    DateCase("بيروت، 4 آب 2020", ["2020-08-04"]),
    DateCase("12 كانون الأول 2023 و1 كانون أول 2022", ["2023-12-12", "2022-12-01"]),
    DateCase("9 تشرين أول 2019", ["2019-10-09"]),
    DateCase("28 شباط 2024", ["2024-02-28"]),
    // Both names of the month with a space between, as Reuters writes them (even twice); two
    // different months so written are not one date.
    DateCase("بيروت 11 مارس آذار 2026 (رويترز)", ["2026-03-11"]),
    DateCase("11 مارس آذار آذَار 2026", ["2026-03-11"]),
    DateCase("مارس آذار 2026", ["2026-03"]),
    DateCase("11 مارس أبريل 2026", ["2026-04"]),
    // Day, month and year joined by separators set apart by spaces, the month's two names too,
    // or glued; a separator glued on one side only where the others are set apart joins nothing.
    DateCase("بيروت 14 / نيسان / أبريل / 2022 - 10:05", ["2022-04-14T10:05"]),
    DateCase("3 - كانون الثاني - 2024", ["2024-01-03"]),
    DateCase("3 - كانون الثاني - يناير - 2024", ["2024-01-03"]),
    DateCase("18/تموز/يوليو/2021", ["2021-07-18"]),
    DateCase("14 / نيسان/ 2022", []),
    // An English ordinal glued to the day (a CMS's date format); a longer word is not one.
    DateCase("22nd آذار 2024 و3rd أيار 2023", ["2024-03-22", "2023-05-03"]),
    DateCase("5thx آذار 2024", ["2024-03"]),
    // A comma after a day only when the day has an ordinal; a morning word with a 24-hour time
    // is a contradiction, and the time is not read.
    DateCase("25, March 2025", ["2025-03"]),
    DateCase("20 سبتمبر 2024 22:25 ص", ["2024-09-20"]),
    DateCase("الأربعاء 14 حزيران/يونيو 2023", ["2023-06-14"]),
    // Maghreb.
    DateCase("الجزائر في 5 جويلية 2022", ["2022-07-05"]),
    DateCase("1 نونبر 2024 و 3 دجنبر 2024 و 9 شتنبر 2024", ["2024-11-01", "2024-12-03", "2024-09-09"]),
    DateCase("21 أفريل 2021 و 2 فيفري 2020 و 8 ماي 2019", ["2021-04-21", "2020-02-02", "2019-05-08"]),
    DateCase("14 جانفي 2011", ["2011-01-14"]),
    DateCase("20 يوليوز 2024 و15 أوت 2024", ["2024-07-20", "2024-08-15"]),
    // Egyptian spellings and hamza-less forms.
    DateCase("القاهرة في 30 يونيه 2013", ["2013-06-30"]),
    DateCase("30 يونية 2013 و 23 يوليو 1952", ["2013-06-30", "1952-07-23"]),
    DateCase("6 اكتوبر 1973 و 5 ابريل 2024 و 17 اغسطس 2024", ["1973-10-06", "2024-04-05", "2024-08-17"]),
    // Arabic-Indic and Persian digits, RLMs around slashes.
    DateCase("١٥‏/١١‏/٢٠٢٣", ["2023-11-15"]),
    DateCase("۲۰ سبتمبر ۲۰۲۴", ["2024-09-20"]),
    // Times, periods and zones.
    DateCase("25 أكتوبر 2024، 6:53 م", ["2024-10-25T18:53"]),
    DateCase("الخميس 24 أكتوبر 2024 - 12:05 م", ["2024-10-24T12:05"]),
    DateCase("10 مارس 2024 الساعة 1:30 ظهراً", ["2024-03-10T13:30"]),
    DateCase("10 مارس 2024 الساعة 12:10 ظهرا", ["2024-03-10T12:10"]),
    DateCase("3 مايو 2024 في تمام الساعة 5:20 فجراً", ["2024-05-03T05:20"]),
    // Night: 6–11 are evening hours, 12 and 1–5 are after midnight.
    DateCase("10 مارس 2024 الساعة 10:30 ليلاً", ["2024-03-10T22:30"]),
    DateCase("11 مارس 2024 الساعة 2:15 ليلا", ["2024-03-11T02:15"]),
    DateCase("11 مارس 2024 الساعة 12:05 ليلاً", ["2024-03-11T00:05"]),
    DateCase("10:35 ص، 20 سبتمبر 2024", ["2024-09-20T10:35"]),
    DateCase("2024-09-20T10:35:07+03:00", ["2024-09-20T10:35:07+03:00"]),
    DateCase("2024-09-20T10:35Z", ["2024-09-20T10:35+00:00"]),
    DateCase("2024-09-20", ["2024-09-20"]),
    DateCase("2024/9/20 14:05", ["2024-09-20T14:05"]),
    DateCase("20 سبتمبر 2024 - 16:40 (بتوقيت غرينتش)", ["2024-09-20T16:40+00:00"]),
    DateCase("20 سبتمبر 2024 - 16:40 ت.غ", ["2024-09-20T16:40+00:00"]),
    DateCase("20 سبتمبر 2024 10:00 GMT+2", ["2024-09-20T10:00+02:00"]),
    DateCase("1 يناير 2024 10:00 بتوقيت أبوظبي", ["2024-01-01T10:00+04:00"]),
    // DST: Jerusalem +03:00 in summer, +02:00 in winter; Beirut likewise; Cairo DST since 2023.
    DateCase("15 يوليو 2024 الساعة 9:00 بتوقيت القدس", ["2024-07-15T09:00+03:00"]),
    DateCase("15 يناير 2024 الساعة 9:00 بتوقيت القدس", ["2024-01-15T09:00+02:00"]),
    DateCase("15 آب 2023 الساعة 9:00 بتوقيت بيروت", ["2023-08-15T09:00+03:00"]),
    DateCase("15 ديسمبر 2023 الساعة 9:00 بتوقيت القاهرة", ["2023-12-15T09:00+02:00"]),
    // «م» after a year is AD, not PM; «هـ» marks Hijri.
    DateCase("20 سبتمبر 2024م", ["2024-09-20"]),
    DateCase("20/9/2024 م", ["2024-09-20"]),
    DateCase("الموافق 18 ربيع الأول 1446 هـ", []),
    DateCase("1 رمضان 1445هـ", []),
    DateCase("في رمضان 1445 هـ و شوال 1445", []),
    DateCase("12/3/1446 هـ", []),
    // Month and year precision.
    DateCase("في أكتوبر 2022 بدأت الاتصالات", ["2022-10"]),
    DateCase("منذ أواخر عام 2022", ["2022"]),
    DateCase("في سنة 1999 وفي العام 2001", ["1999", "2001"]),
    DateCase("في أواخر 2022", []),
    DateCase("أكتوبر 25، 2024", ["2024-10-25"]),
    DateCase("تشرين الثاني/نوفمبر 2023", ["2023-11"]),
    // Not dates.
    DateCase("خلال 15 يوماً", []),
    DateCase("20 سبتمبر الماضي", []),
    DateCase("قتل 2024 شخصا", []),
    DateCase("مارس ضغوطا كبيرة على 3 وزراء", []),
    DateCase("الإصدار 1.2.2024.5", []),
    DateCase("30 فبراير 2024 و 29 فبراير 2023", []),
    DateCase("29 فبراير 2024", ["2024-02-29"]),
    DateCase("بلغت 1.8 مليار دولار في 2024", []),
    DateCase("النتيجة 2:1 في المباراة", []),
    // Day/month order.
    DateCase("9/20/2024", ["2024-09-20"]),
    DateCase("3/4/2024", ["2024-04-03"]),
    // English and French pages.
    DateCase("October 26, 2024", ["2024-10-26"]),
    DateCase("Thursday 9 January 2025 10:42 GMT", ["2025-01-09T10:42+00:00"]),
    DateCase("Sept 3, 2023", ["2023-09-03"]),
    DateCase("Publié le 12 février 2025 à 18h05", ["2025-02-12"]),
    DateCase("mis à jour le 1 aout 2024", ["2024-08-01"]),
    DateCase("in May 2024", ["2024-05"]),
    DateCase("they may 2 vote", []),
    // Pages in the other languages the detector knows.
    DateCase("Ankara, 12 Mart 2025 – Dışişleri Bakanı", ["2025-03-12"]),
    DateCase("Москва, 12 марта 2025 года.", ["2025-03-12"]),
    DateCase("Київ, 3 лютого 2025 року", ["2025-02-03"]),
    DateCase("София, 5 септември 2024 г.", ["2024-09-05"]),
    DateCase("ירושלים, 12 במרץ 2025 – שר החוץ", ["2025-03-12"]),
    DateCase("Berlin, 12. März 2025", ["2025-03-12"]),
    DateCase("Roma, 4 luglio 2024", ["2024-07-04"]),
    DateCase("Madrid, 12 de marzo de 2025", ["2025-03-12"]),
    DateCase("Bogotá, 1 de julio del 2024", ["2024-07-01"]),
    DateCase("Lisboa, 12 de março de 2025", ["2025-03-12"]),
    DateCase("Nisan 2025", ["2025-04"]),
    DateCase("Marco Rubio dijo el 12 de marzo", []),
    // Numbers a copy glued together: a date printed twice, a time run into the day.
    DateCase("Published On 24/10/202524/10/2025", ["2025-10-24", "2025-10-24"]),
    DateCase("19:3824/01/2024, mercredi", ["2024-01-24T19:38"]),
    DateCase("الرقم 12/10/123456/7", []),
    // A date run into the reading time printed after it («2 دقائق»).
    DateCase("فريق التحرير2024-06-242 دقائق", ["2024-06-24"]),
    DateCase("2024-06-2412 min read", ["2024-06-24"]),
    DateCase("2024-06-242 سهم", []),
    // A time set apart from the date by a spaced dash; a number glued to the dash is no time.
    DateCase("11:42 - 2025-04-10", ["2025-04-10T11:42"]),
    DateCase("09:05 – 10-04-2025", ["2025-04-10T09:05"]),
    DateCase("هاتف 77-2024-03-10", []),
    // A dot against the day, as German and Nordic sites write it; not a sentence's end.
    DateCase("Published 25. Oct 2021", ["2021-10-25"]),
    DateCase("the vote was 25 . October 2021 saw", ["2021-10"]),
    // The day first, then the time, the year and the month's name last, as some sites print it.
    DateCase("07 21:45 2025 جانفي", ["2025-01-07"]),
    DateCase("نشر في 30 08:05 2024 أكتوبر", ["2024-10-30"]),
    DateCase("31 08:05 2024 نوفمبر", []),
    DateCase("فاز 3 10:20 2024 على منافسه", []),
]

@Suite struct DateTests {
    @Test(arguments: specCases + ownCases)
    func findsDates(_ testCase: DateCase) {
        let found = ArabicDateParser.dates(in: testCase.input).map(\.isoString)
        #expect(found == testCase.expected)
    }

    /// The digit test that lets the parser skip a text is exact: for every scalar of the Basic
    /// Multilingual Plane, it says yes exactly when the scalar's L1 key holds an ASCII digit.
    @Test func theDigitTestAgreesWithTheKeyForEveryScalar() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "x" + String(Character(scalar))
            let keyHasDigit = ArabicNormalizer.matchKey(text).scalars.contains { (0x30...0x39).contains($0.value) }
            #expect(ArabicDateParser.mayHoldDigit(text) == keyHasDigit, "U+\(String(value, radix: 16))")
        }
        #expect(ArabicDateParser.dates(in: "٢٠ سبتمبر ٢٠٢٤").count == 1)
        #expect(ArabicDateParser.dates(in: "۲۰ سبتمبر ۲۰۲۴").count == 1)
    }

    @Test func rangesPointIntoInput() {
        let text = "آخر تحديث: ٢٠\(rlm)/٩\(rlm)/٢٠٢٤ - 10:35 ص (بتوقيت مكة المكرمة) ثم كتب"
        let dates = ArabicDateParser.dates(in: text)
        #expect(dates.count == 1)
        if let date = dates.first {
            #expect(scalarSlice(text, date.range) == "٢٠\(rlm)/٩\(rlm)/٢٠٢٤ - 10:35 ص (بتوقيت مكة المكرمة)")
        }
        let month = "بدأت في أيار (مايو) 2024 م."
        #expect(ArabicDateParser.dates(in: month).map { scalarSlice(month, $0.range) } == ["أيار (مايو) 2024 م"])
        let tashkeel = "يوم ٢٠ سِبْتَمْبَر ٢٠٢٤ انتهى"
        #expect(ArabicDateParser.dates(in: tashkeel).map { scalarSlice(tashkeel, $0.range) } == ["٢٠ سِبْتَمْبَر ٢٠٢٤"])
        let year = "منذ أواخر عام 2022، حيث"
        #expect(ArabicDateParser.dates(in: year).map { scalarSlice(year, $0.range) } == ["2022"])
    }

    /// A numeric date whose day and month could be swapped is read day first, unless a weekday
    /// beside it fits only the other reading; left ambiguous, it carries the other reading.
    @Test func aWeekdayBesideAnAmbiguousNumericDateTellsItsOrder() throws {
        // 6 November 2019 was a Wednesday, 11 June 2019 a Tuesday.
        let cases: [(String, String)] = [
            ("الثلاثاء 6/11/2019", "2019-06-11"), ("الثلاثاء، 6/11/2019", "2019-06-11"),
            ("6/11/2019 (الثلاثاء)", "2019-06-11"), ("Tuesday, 6/11/2019", "2019-06-11"),
            ("mardi 6/11/2019", "2019-06-11"), ("الأربعاء 6/11/2019", "2019-11-06"),
            ("6/11/2019", "2019-11-06"), ("الخميس 6/11/2019", "2019-11-06"),
        ]
        for (text, expected) in cases {
            #expect(ArabicDateParser.dates(in: text).map(\.isoString) == [expected], "\(text)")
        }
        let bare = try #require(ArabicDateParser.dates(in: "6/11/2019 - 10:30").first)
        #expect(bare.otherReading == ArabicDateMatch.OtherReading(month: 6, day: 11, utcOffsetMinutes: nil))
        for decided in ["الثلاثاء 6/11/2019", "الأربعاء 6/11/2019", "20/11/2019", "2019-06-11", "6/6/2019"] {
            #expect(ArabicDateParser.dates(in: decided).first?.otherReading == nil, "\(decided)")
        }
        // The other reading's offset is that zone's on the other day (Beirut: +2 in November, +3 in June).
        let zoned = try #require(ArabicDateParser.dates(in: "6/11/2019 10:30 بتوقيت بيروت").first)
        #expect(zoned.utcOffsetMinutes == 120)
        #expect(zoned.otherReading?.utcOffsetMinutes == 180)
    }

    @Test func notes() {
        #expect(ArabicDateParser.dates(in: "3/4/2024").first?.note?.contains("day-first") == true)
        #expect(ArabicDateParser.dates(in: "20 سبتمبر/تشرين الأول 2024").first?.note?.contains("disagrees") == true)
        #expect(ArabicDateParser.dates(in: "20 سبتمبر 2024").first?.note == nil)
    }

    @Test(arguments: [
        ("نشر في 20 سبتمبر 2024\nوقال الرئيس في 3 أكتوبر 2023", "2024-09-20"),
        ("قال الرئيس في 3 أكتوبر 2023 ...\nنُشر في: 21/9/2024 - 8:00 م", "2024-09-21T20:00"),
        ("آخر تحديث: 22 سبتمبر 2024\nتاريخ النشر: 20 سبتمبر 2024", "2024-09-20"),
        ("آخر تحديث: 22 سبتمبر 2024\nخبر عن 1 يناير 2020", "2024-09-22"),
        ("نشر يوم الجمعة 20 أيلول 2024", "2024-09-20"),
        ("تقرير\nفي أكتوبر 2022 بدأت، ثم في 5 مايو 2023 انتهت، و 6 مايو 2023", "2023-05-05"),
        ("نشر\n\n15 مارس 2024 كتب", "2024-03-15"),
        ("Updated: March 3, 2025\nPublished on March 1, 2025", "2025-03-01"),
        ("Le 3 mars 2025, le ministre a dit\nPublié le 4 mars 2025", "2025-03-04"),
        // A right-to-left label copied in display order, the date before its marker.
        ("11:05:16 2025-11-30 : اخر تحديث\n11:05:16 2025-11-29 : نشر في", "2025-11-29T11:05:16"),
        // An update paired on its line with the date before it: that one is the publication's.
        ("03.04.2020 - محدث : 06.04.2020", "2020-04-03"),
        ("الخميس 12 مارس 2020، آخر تحديث: 15 مارس 2020 - 10:20", "2020-03-12"),
        ("March 1, 2025 | Updated March 3, 2025", "2025-03-01"),
        // On separate lines, the update alone is marked, and wins over the unmarked date.
        ("12 مارس 2020\nآخر تحديث: 15 مارس 2020", "2020-03-15"),
    ])
    func publicationDate(_ text: String, _ expected: String) {
        #expect(ArabicDateParser.publicationDate(in: text)?.isoString == expected)
    }

    /// A marker after the date counts only after a colon or dash, with nothing but gap words
    /// up to the line's end: «نشر» in a sentence after a date marks nothing.
    @Test func markerAfterTheDate() {
        #expect(ArabicDateParser.markedPublicationDate(in: "11:05:16 2025-12-01 : نشر في")?.day == 1)
        #expect(ArabicDateParser.markedPublicationDate(in: "2025-12-01 - آخر تحديث")?.day == 1)
        #expect(ArabicDateParser.markedPublicationDate(in: "2025-12-01 : نشر في موقعنا") == nil)
        #expect(ArabicDateParser.markedPublicationDate(in: "2025-12-01 نشر") == nil)
        #expect(ArabicDateParser.markedPublicationDate(in: "في 2025-12-01 : نشر\nالتقرير") != nil)
    }

    @Test func noPublicationDateWithoutFullDate() {
        #expect(ArabicDateParser.publicationDate(in: "نشر\nآخر تحديث\nمنذ أواخر عام 2022 وفي أكتوبر 2022") == nil)
    }

    /// A time alone on its line, with its period or zone; a date, a score or words are not one.
    @Test func timeOfDayAlone() {
        for time in ["06:46 م", "١١:٢١ بتوقيت غرينتش", "10:35:20", "7:05 PM"] {
            #expect(ArabicDateParser.isTimeOfDay(time), "\(time)")
        }
        for text in ["20 سبتمبر 2024 10:35", "الساعة 10:35 مساء", "النتيجة 2:1", "10:35:20:15", "قبل 10 دقائق"] {
            #expect(!ArabicDateParser.isTimeOfDay(text), "\(text)")
        }
    }

    @Test func monthTableFoldsEverySpelling() {
        for (month, spellings) in ArabicMonthTable.gregorianSpellings {
            for spelling in spellings {
                let text = "7 \(spelling) 2021"
                #expect(
                    ArabicDateParser.dates(in: text).map(\.isoString) == ["2021-\(month < 10 ? "0" : "")\(month)-07"],
                    "\(spelling)")
            }
        }
    }
}
