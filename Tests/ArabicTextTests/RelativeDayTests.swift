import Testing

@testable import ArabicText

/// Relative days («اليوم الخميس», «أمس», «الخميس الماضي») have a date only against an anchor,
/// and a weekday they state must agree with it (docs/arabic-text-engine.md §6.8).
struct RelativeDayTests {
    private static func day(_ year: Int, _ month: Int, _ day: Int) throws -> CivilDay {
        try #require(CivilDay(year: year, month: month, day: day))
    }

    /// The days each expression of `text` names, counted from `anchor`.
    private static func resolved(_ text: String, against anchor: CivilDay) -> [RelativeDay.Resolution] {
        RelativeDayParser.days(in: text).map { $0.resolve(against: anchor) }
    }

    @Test func civilDaysCountAcrossMonthsYearsAndLeapDays() throws {
        #expect(try Self.day(1970, 1, 1).serial == 0)
        #expect(try Self.day(1969, 12, 31).serial == -1)
        #expect(try Self.day(2031, 3, 6).serial == 22344)
        #expect(CivilDay(serial: 21243) == (try Self.day(2028, 2, 29)))
        #expect(try Self.day(2028, 3, 1).adding(days: -1) == (try Self.day(2028, 2, 29)))
        #expect(try Self.day(2000, 1, 1).adding(days: -1) == (try Self.day(1999, 12, 31)))
        #expect(try Self.day(2031, 3, 6).weekday == 5)  // Thursday
        #expect(try Self.day(2043, 7, 14).weekday == 3)  // Tuesday
        #expect(try Self.day(1969, 12, 31).weekday == 4)  // Wednesday
        #expect(CivilDay(year: 2031, month: 2, day: 29) == nil)
        #expect(CivilDay(year: 2031, month: 4, day: 31) == nil)
        #expect(CivilDay(year: 2031, month: 13, day: 1) == nil)
        for serial in stride(from: -800_000, through: 800_000, by: 997) {
            let day = CivilDay(serial: serial)
            #expect(day.serial == serial && CivilDay(year: day.year, month: day.month, day: day.day) == day)
        }
    }

    @Test func todayAndYesterdayWithAnAgreeingWeekday() throws {
        let thursday = try Self.day(2031, 3, 6)
        #expect(Self.resolved("بيروت - اليوم الخميس", against: thursday) == [.day(thursday)])
        #expect(Self.resolved("وقال الوزير أمس الأربعاء إن", against: thursday) == [.day(try Self.day(2031, 3, 5))])
        #expect(Self.resolved("التقى الطرفان أمس", against: thursday) == [.day(try Self.day(2031, 3, 5))])
        #expect(Self.resolved("وكان قد صرّح أول من أمس", against: thursday) == [.day(try Self.day(2031, 3, 4))])
        #expect(Self.resolved("وفي اجتماع أول أمس الثلاثاء", against: thursday) == [.day(try Self.day(2031, 3, 4))])
        #expect(Self.resolved("صباح اليوم", against: thursday) == [.day(thursday)])
        #expect(Self.resolved("غداً الجمعة", against: thursday) == [.day(try Self.day(2031, 3, 7))])
        #expect(Self.resolved("بعد غد", against: thursday) == [.day(try Self.day(2031, 3, 8))])
        // Across a month and a leap day: «أمس» of 1 March 2028 is 29 February.
        #expect(Self.resolved("أمس الثلاثاء", against: try Self.day(2028, 3, 1)) == [.day(try Self.day(2028, 2, 29))])
    }

    @Test func aWeekdayThatDisagreesWithTheAnchorGivesNoDate() throws {
        let saturday = try Self.day(2031, 3, 1)
        #expect(
            Self.resolved("اليوم الخميس", against: saturday) == [.weekdayMismatch(stated: 5, computed: saturday)])
        #expect(
            Self.resolved("أمس الأربعاء", against: saturday)
                == [.weekdayMismatch(stated: 4, computed: try Self.day(2031, 2, 28))])
        // Spelled with hamza on the alef or without, the weekday is the same.
        #expect(Self.resolved("امس الاربعاء", against: try Self.day(2031, 3, 6)) == [.day(try Self.day(2031, 3, 5))])
    }

    @Test func previousAndNextWeekdayAreStrictlyBeforeOrAfter() throws {
        let tuesday = try Self.day(2043, 7, 14)
        #expect(Self.resolved("الخميس الماضي", against: tuesday) == [.day(try Self.day(2043, 7, 9))])
        #expect(Self.resolved("يوم الجمعة الماضية", against: tuesday) == [.day(try Self.day(2043, 7, 10))])
        // The same weekday as the anchor means a week before or after, never the anchor.
        #expect(Self.resolved("الثلاثاء الماضي", against: tuesday) == [.day(try Self.day(2043, 7, 7))])
        #expect(Self.resolved("الثلاثاء المقبل", against: tuesday) == [.day(try Self.day(2043, 7, 21))])
        #expect(Self.resolved("السبت القادم", against: tuesday) == [.day(try Self.day(2043, 7, 18))])
    }

    @Test func wordsWithOtherSensesAreNotRelativeDays() {
        for text in [
            "نقلت صحيفة المصري اليوم عن مصدر", "ذكر موقع اليوم السابع", "غدا الوضع أكثر تعقيداً",
            "يوم الخميس", "الخميس 6 مارس 2031", "العالم اليوم يواجه أزمة", "أمسية شعرية في بيروت",
        ] {
            #expect(RelativeDayParser.days(in: text).isEmpty, "\(text)")
        }
    }

    @Test func rangesPointAtTheExpressionInTheDisplayText() {
        let text = "بيروت - وكالات: أعلن الوزير، أمسِ الأربعاء، أن"
        let days = RelativeDayParser.days(in: text)
        #expect(days.count == 1)
        #expect(scalarSlice(text, days[0].range) == "أمسِ الأربعاء")
        #expect(days[0].reference == .offset(-1) && days[0].weekday == 4)
    }
}
