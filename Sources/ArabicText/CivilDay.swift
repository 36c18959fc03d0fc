/// A day of the Gregorian calendar (proleptic), for day arithmetic without a time zone: what
/// relative days («أمس», «الخميس الماضي») are resolved in.
public struct CivilDay: Sendable, Hashable, CustomStringConvertible {
    /// Gregorian year.
    public let year: Int
    /// Month 1–12.
    public let month: Int
    /// Day of month 1–31.
    public let day: Int

    /// The day, or nil when `month`/`day` do not name a day of `year` (31 April, 29 February 2025).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDay.length(ofMonth: month, in: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `serial` days after 1970-01-01 (negative before it).
    public init(serial: Int) {
        // Howard Hinnant's civil_from_days: eras of 400 years (146,097 days) starting on 1 March.
        let shifted = serial + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01 (negative before it).
    public var serial: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day of the week, 1 = Sunday … 7 = Saturday (the Arabic week starts on «الأحد»).
    public var weekday: Int {
        // 1970-01-01 was a Thursday (5).
        let fromThursday = ((serial % 7) + 7) % 7
        return (fromThursday + 4) % 7 + 1
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> CivilDay { CivilDay(serial: serial + count) }

    /// `YYYY-MM-DD`.
    public var description: String {
        let pad = { (value: Int, width: Int) -> String in
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// The number of days of `month` in `year`.
    static func length(ofMonth month: Int, in year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
