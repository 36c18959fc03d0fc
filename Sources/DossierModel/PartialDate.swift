/// A calendar date known to the year, month or day, with an optional time of day.
///
/// News pages often give only a month («أيار (مايو) 2024») or a date without a
/// time; the precision is kept rather than invented.
public struct PartialDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?
    public var hour: Int?
    public var minute: Int?
    /// Offset from UTC in minutes, only when the source stated a time zone.
    public var utcOffsetMinutes: Int?

    public init(
        year: Int, month: Int? = nil, day: Int? = nil,
        hour: Int? = nil, minute: Int? = nil, utcOffsetMinutes: Int? = nil
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// ISO 8601 at the known precision: `2024`, `2024-09`, `2024-09-20`, `2024-09-20T10:35+03:00`.
    public var iso: String {
        var text = String(format4(year))
        guard let month else { return text }
        text += "-" + format2(month)
        guard let day else { return text }
        text += "-" + format2(day)
        guard let hour, let minute else { return text }
        text += "T" + format2(hour) + ":" + format2(minute)
        if let offset = utcOffsetMinutes {
            let sign = offset < 0 ? "-" : "+"
            let magnitude = abs(offset)
            text += sign + format2(magnitude / 60) + ":" + format2(magnitude % 60)
        }
        return text
    }

    public var description: String { iso }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        let left = [lhs.year, lhs.month ?? 0, lhs.day ?? 0, lhs.hour ?? -1, lhs.minute ?? -1]
        let right = [rhs.year, rhs.month ?? 0, rhs.day ?? 0, rhs.hour ?? -1, rhs.minute ?? -1]
        return left.lexicographicallyPrecedes(right)
    }

    /// Parses the forms `iso` writes (and `YYYY-MM-DDTHH:MM:SS`, seconds ignored); nil otherwise.
    public init?(iso text: String) {
        let scalars = Array(text.unicodeScalars)
        func number(_ start: Int, _ length: Int) -> Int? {
            guard start + length <= scalars.count else { return nil }
            var value = 0
            for scalar in scalars[start..<(start + length)] {
                guard (48...57).contains(scalar.value) else { return nil }
                value = value * 10 + Int(scalar.value) - 48
            }
            return value
        }
        guard let year = number(0, 4) else { return nil }
        self.init(year: year)
        var index = 4
        if index == scalars.count { return }
        guard scalars[index] == "-", let month = number(index + 1, 2), (1...12).contains(month) else { return nil }
        self.month = month
        index += 3
        if index == scalars.count { return }
        guard scalars[index] == "-", let day = number(index + 1, 2),
            (1...PartialDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.day = day
        index += 3
        if index == scalars.count { return }
        guard scalars[index] == "T" || scalars[index] == " ", let hour = number(index + 1, 2),
            index + 3 < scalars.count, scalars[index + 3] == ":", let minute = number(index + 4, 2),
            hour < 24, minute < 60
        else { return nil }
        self.hour = hour
        self.minute = minute
        index += 6
        if index < scalars.count, scalars[index] == ":" {
            guard let second = number(index + 1, 2), second <= 60 else { return nil }
            index += 3
        }
        if index == scalars.count { return }
        if scalars[index] == "Z", index + 1 == scalars.count {
            utcOffsetMinutes = 0
            return
        }
        guard scalars[index] == "+" || scalars[index] == "-", let offsetHours = number(index + 1, 2),
            index + 3 < scalars.count, scalars[index + 3] == ":", let offsetMinutes = number(index + 4, 2),
            index + 6 == scalars.count, offsetMinutes < 60
        else { return nil }
        let offset = (offsetHours * 60 + offsetMinutes) * (scalars[index] == "-" ? -1 : 1)
        // Time zones lie from UTC−12:00 to UTC+14:00.
        guard (-12 * 60...14 * 60).contains(offset) else { return nil }
        utcOffsetMinutes = offset
    }

    /// Days in a Gregorian month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

private func format2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
private func format4(_ value: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
