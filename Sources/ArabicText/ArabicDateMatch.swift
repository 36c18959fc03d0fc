/// A date found in Arabic text, with the precision it was written with.
///
/// `month` and `day` are nil for year or month precision («عام 2002», «أيار 2024»);
/// `hour`/`minute` are nil when no time was written; `utcOffsetMinutes` is nil unless a
/// time zone was stated (the date is then local to the article's place).
public struct ArabicDateMatch: Sendable, Hashable, CustomStringConvertible {
    /// Gregorian year.
    public let year: Int
    /// Month 1–12, nil for year precision.
    public let month: Int?
    /// Day of month, nil for month or year precision.
    public let day: Int?
    /// Hour 0–23 on a 24-hour clock.
    public let hour: Int?
    /// Minute 0–59.
    public let minute: Int?
    /// Stated offset from UTC in minutes (DST applied for named zones).
    public let utcOffsetMinutes: Int?
    /// Scalar offsets of the whole date expression (time and zone included) in the input string.
    public let range: Range<Int>
    /// Second 0–59, when written.
    public let second: Int?
    /// Why the reading may be doubtful (day/month order, disagreeing alternative month), for logs.
    public let note: String?
    /// The month-first reading of a numeric date read day first whose day and month could be
    /// swapped («6/11/2019»: 6 November, or 11 June), when nothing beside it tells which is meant.
    public let otherReading: OtherReading?

    /// The other reading of a numeric date with day and month swapped.
    public struct OtherReading: Sendable, Hashable {
        /// Month 1–12.
        public let month: Int
        /// Day of month.
        public let day: Int
        /// Stated offset from UTC in minutes on that day (DST applied for named zones).
        public let utcOffsetMinutes: Int?

        /// Creates a reading.
        public init(month: Int, day: Int, utcOffsetMinutes: Int?) {
            self.month = month
            self.day = day
            self.utcOffsetMinutes = utcOffsetMinutes
        }
    }

    /// Creates a match.
    public init(
        year: Int, month: Int? = nil, day: Int? = nil, hour: Int? = nil, minute: Int? = nil,
        utcOffsetMinutes: Int? = nil, range: Range<Int>, second: Int? = nil, note: String? = nil,
        otherReading: OtherReading? = nil
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.utcOffsetMinutes = utcOffsetMinutes
        self.range = range
        self.second = second
        self.note = note
        self.otherReading = otherReading
    }

    /// True when year, month and day are all known.
    public var isFullDate: Bool { month != nil && day != nil }

    /// ISO 8601 at the written precision: `2024`, `2024-05`, `2024-09-20`, `2024-09-20T22:35`,
    /// `2024-09-20T10:35:07+03:00`.
    public var isoString: String {
        var text = pad(year, 4)
        guard let month else { return text }
        text += "-" + pad(month, 2)
        guard let day else { return text }
        text += "-" + pad(day, 2)
        guard let hour, let minute else { return text }
        text += "T" + pad(hour, 2) + ":" + pad(minute, 2)
        if let second { text += ":" + pad(second, 2) }
        if let offset = utcOffsetMinutes {
            text += (offset < 0 ? "-" : "+") + pad(abs(offset) / 60, 2) + ":" + pad(abs(offset) % 60, 2)
        }
        return text
    }

    /// `isoString` plus the range, for test output.
    public var description: String { "\(isoString)@\(range.lowerBound)..<\(range.upperBound)" }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
