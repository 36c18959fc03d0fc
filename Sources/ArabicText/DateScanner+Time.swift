import Foundation

/// Times of day and stated time zones (docs/arabic-text-engine.md §6.5–6.6).
extension DateScanner {
    /// A time of day in token indices, hour already on a 24-hour clock.
    struct TimeReading: Sendable, Hashable {
        /// Hour 0–23.
        let hour: Int
        /// Minute 0–59.
        let minute: Int
        /// Second, when written.
        let second: Int?
        /// Stated zone, if any.
        let zone: ArabicMonthTable.Zone?
        /// First token.
        let start: Int
        /// One past the last token.
        let end: Int
    }

    /// Symbols allowed between a date and its time («20/9/2024 - 10:35», «2024، 6:53»).
    static let gapSymbols: Set<Unicode.Scalar> = ["-", "|", "،", ",", "–", "—", "•", "·", "/", ":", "؛"]
    /// Words allowed between a date and its time, L1.
    static let gapWords: Set<String> = ["الساعه", "الساعة", "ساعه", "في", "علي", "عند", "تمام", "t"]

    /// Every time in the tokens, keyed by start token.
    func allTimes() -> [Int: TimeReading] {
        var times: [Int: TimeReading] = [:]
        var index = 0
        while index < tokens.count {
            if let reading = time(at: index) {
                times[reading.start] = reading
                index = reading.end
            } else {
                index += 1
            }
        }
        return times
    }

    /// `D HH:MM YYYY MONTH`: a day, the time, the year and last the month's name, as some
    /// sites print their datelines («12 10:11 2023 فيفري», «02 15:17 2024 ماي»). The time is
    /// not kept: the date alone is read.
    func dayTimeYearMonth(at index: Int) -> Outcome? {
        guard let day = number(index, digits: 1...2), let time = time(at: index + 1), time.zone == nil,
            let year = year(at: time.end),
            let (month, afterMonth) = month(at: time.end + 1, in: ArabicMonthTable.gregorian)
        else { return nil }
        guard Self.isValid(year: year, month: month, day: day) else { return .skip(end: afterMonth) }
        return .date(Candidate(year: year, month: month, day: day, note: nil, start: index, end: afterMonth))
    }

    /// `H:MM[:SS]` + optional period word + optional zone, at `index`.
    func time(at index: Int) -> TimeReading? {
        guard let rawHour = number(index, digits: 1...2), symbol(index + 1) == ":", adjacent(index),
            adjacent(index + 1),
            let minute = number(index + 2, digits: 2...2), (0...59).contains(minute)
        else { return nil }
        var next = index + 3
        var second: Int?
        if symbol(next) == ":", adjacent(next - 1), adjacent(next), let value = number(next + 1, digits: 2...2) {
            guard (0...59).contains(value) else { return nil }
            second = value
            next += 2
        }
        // «10:35:20:15» or «1:30.5» are scores or durations, not clock times.
        if let trailing = symbol(next), trailing == ":" || trailing == ".", adjacent(next - 1),
            number(next + 1, digits: 1...9) != nil, adjacent(next)
        {
            return nil
        }
        var hour = rawHour
        if let word = word(next), let period = ArabicMonthTable.periods[word] {
            // «22:25 م»: a 24-hour time with a redundant afternoon or evening word, as written.
            if (13...23).contains(rawHour), period != .morning {
                hour = rawHour
            } else {
                guard (0...12).contains(rawHour) else { return nil }
                hour = Self.clockHour(rawHour, period: period)
            }
            next += 1
        } else if !(0...23).contains(rawHour) {
            return nil
        }
        var zone: ArabicMonthTable.Zone?
        if let (stated, afterZone) = self.zone(at: next) {
            zone = stated
            next = afterZone
        }
        return TimeReading(hour: hour, minute: minute, second: second, zone: zone, start: index, end: next)
    }

    /// 24-hour value of a 12-hour clock hour with a period word.
    static func clockHour(_ hour: Int, period: ArabicMonthTable.Period) -> Int {
        switch period {
        case .morning: return hour == 12 ? 0 : hour
        case .evening: return hour < 12 ? hour + 12 : hour
        case .noon: return (1...5).contains(hour) ? hour + 12 : hour
        case .night: return hour == 12 ? 0 : (6...11).contains(hour) ? hour + 12 : hour
        }
    }

    /// A stated zone at `index`: «(بتوقيت مكة المكرمة)», «GMT+3», «ت.غ», «Z», «+03:00».
    func zone(at index: Int) -> (ArabicMonthTable.Zone, Int)? {
        let opened = symbol(index) == "("
        var next = opened ? index + 1 : index
        var zone: ArabicMonthTable.Zone?
        if word(next) == "حسب" { next += 1 }
        if let introducer = word(next), ArabicMonthTable.zoneIntroducers.contains(introducer) {
            next += 1
            if let first = word(next), let second = word(next + 1),
                let place = ArabicMonthTable.zonePlaces[first + " " + second]
            {
                zone = place
                next += 2
            } else if let first = word(next), let place = ArabicMonthTable.zonePlaces[first] {
                zone = place
                next += 1
            }
        } else if let name = word(next), name == "gmt" || name == "utc" {
            next += 1
            if let (offset, afterOffset) = numericOffset(at: next) {
                zone = .fixed(offset)
                next = afterOffset
            } else {
                zone = .fixed(0)
            }
        } else if let place = word(next).flatMap({ ArabicMonthTable.englishZonePlaces[$0] }),
            let suffix = word(next + 1), suffix == "time" || suffix == "timing"
        {
            zone = place
            next += 2
        } else if word(next) == "ت", symbol(next + 1) == ".", word(next + 2) == "غ" {
            zone = .fixed(0)
            next += 3
        } else if !opened, index > 0, adjacent(index - 1) {
            if word(next) == "z" {
                zone = .fixed(0)
                next += 1
            } else if let (offset, afterOffset) = numericOffset(at: next) {
                zone = .fixed(offset)
                next = afterOffset
            }
        }
        guard let zone else { return nil }
        if opened, symbol(next) == ")" { next += 1 }
        return (zone, next)
    }

    /// `±H`, `±HH`, `±HHMM` or `±HH:MM` at `index`, in minutes.
    private func numericOffset(at index: Int) -> (Int, Int)? {
        guard let sign = symbol(index), sign == "+" || sign == "-" || sign == "−", adjacent(index),
            let token = token(index + 1), case .number(let value, let digits) = token.kind
        else { return nil }
        var minutes: Int
        var next = index + 2
        switch digits {
        case 1, 2:
            minutes = value * 60
            if symbol(next) == ":", adjacent(next - 1), let extra = number(next + 1, digits: 2...2) {
                minutes += extra
                next += 2
            }
        case 4: minutes = (value / 100) * 60 + value % 100
        default: return nil
        }
        guard minutes <= 14 * 60 else { return nil }
        return (sign == "+" ? minutes : -minutes, next)
    }

    /// UTC offset of `zone` on a local date and time (DST for named zones).
    static func offsetMinutes(
        _ zone: ArabicMonthTable.Zone, year: Int, month: Int, day: Int, hour: Int, minute: Int
    ) -> Int? {
        switch zone {
        case .fixed(let minutes):
            return minutes
        case .identifier(let identifier):
            guard let timeZone = TimeZone(identifier: identifier) else { return nil }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute)
            guard let date = calendar.date(from: components) else { return nil }
            return timeZone.secondsFromGMT(for: date) / 60
        }
    }
}
