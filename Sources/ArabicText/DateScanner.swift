/// Recognises date expressions in a list of `DateToken`s (docs/arabic-text-engine.md §6.2–6.4).
///
/// Each pattern looks at one start token and either matches, asks the caller to skip a
/// recognised non-date (Hijri date, impossible day), or returns nil.
struct DateScanner: Sendable {
    /// A date without its time, in token indices.
    struct Candidate: Sendable, Hashable {
        /// Gregorian year.
        let year: Int
        /// Month, nil for year precision.
        let month: Int?
        /// Day, nil for month or year precision.
        let day: Int?
        /// Doubt worth logging.
        let note: String?
        /// First token of the expression.
        let start: Int
        /// One past the last token.
        let end: Int
        /// A numeric date read day first whose day and month could be swapped («6/11/2019»),
        /// with no weekday beside it to tell which is meant.
        var isOrderAmbiguous = false
    }

    /// What a pattern found at a token.
    enum Outcome: Sendable, Hashable {
        /// A Gregorian date.
        case date(Candidate)
        /// A recognised expression that is not a Gregorian date; resume scanning at `end`.
        case skip(end: Int)
    }

    /// The tokens being scanned.
    let tokens: [DateToken]

    /// Years accepted in Gregorian dates; Hijri years (13xx–14xx) fall outside in practice.
    static let gregorianYears = 1800...2199
    /// Years accepted in Hijri dates.
    static let hijriYears = 1300...1600
    /// Words that make a bare year a date («عام 2002»), L1.
    static let yearWords: Set<String> = ["عام", "العام", "لعام", "بعام", "سنه", "السنه", "لسنه"]
    /// Words after a year meaning «AD» («2024م»), L1.
    static let annoDomini: Set<String> = ["م", "ميلادي", "ميلاديه", "للميلاد"]
    /// The Hijri marker «هـ» after L1 (tatweel deleted).
    static let hijriMarker = "ه"

    /// The first pattern that applies at token `index`.
    func outcome(at index: Int) -> Outcome? {
        numeric(at: index) ?? dayFirst(at: index) ?? dayTimeYearMonth(at: index) ?? monthFirst(at: index)
            ?? hijri(at: index) ?? yearOnly(at: index)
    }

    // MARK: Token helpers

    /// The token at `index`, nil out of bounds.
    func token(_ index: Int) -> DateToken? {
        tokens.indices.contains(index) ? tokens[index] : nil
    }

    /// The symbol at `index`, if that token is one.
    func symbol(_ index: Int) -> Unicode.Scalar? { token(index)?.symbol }

    /// The word at `index`, if that token is one.
    func word(_ index: Int) -> String? { token(index)?.word }

    /// The number at `index` if it has a digit count in `digits`.
    func number(_ index: Int, digits: ClosedRange<Int>) -> Int? { token(index)?.number(digits: digits) }

    /// True when no space separates token `first` from the token after it.
    func adjacent(_ first: Int) -> Bool {
        guard let left = token(first), let right = token(first + 1) else { return false }
        return left.range.upperBound == right.range.lowerBound
    }

    /// A month name at `index` (two-word names first) and the index after it.
    func month(at index: Int, in table: [String: Int]) -> (month: Int, next: Int)? {
        guard let first = word(index) else { return nil }
        if let second = word(index + 1), let month = table[first + " " + second] { return (month, index + 2) }
        if let month = table[first] { return (month, index + 1) }
        return nil
    }

    /// An alternative month name after `index`: «/أيلول», «-أيلول» or «(مايو)»; or, after
    /// the month `first` with only a space, its other names («11 مارس آذار 2026», as Reuters writes it,
    /// even twice: «مارس آذار آذَار»), never another month's.
    func alternativeMonth(at index: Int, after first: Int) -> (month: Int, next: Int)? {
        if word(index) != nil {
            var next = index
            while let (again, after) = month(at: next, in: ArabicMonthTable.gregorian), again == first {
                next = after
            }
            return next == index ? nil : (first, next)
        }
        guard let separator = symbol(index) else { return nil }
        if separator == "/" || separator == "-" || separator == "\\" {
            return month(at: index + 1, in: ArabicMonthTable.gregorian)
        }
        if separator == "(", let (month, next) = month(at: index + 1, in: ArabicMonthTable.gregorian),
            symbol(next) == ")"
        {
            return (month, next + 1)
        }
        return nil
    }

    /// A four-digit year in `range` at `index`.
    func year(at index: Int, in range: ClosedRange<Int> = gregorianYears) -> Int? {
        guard let value = number(index, digits: 4...4), range.contains(value) else { return nil }
        return value
    }

    /// Index after an optional «م» (AD) following a year.
    func skippingAnnoDomini(_ index: Int) -> Int {
        if let word = word(index), Self.annoDomini.contains(word) { return index + 1 }
        return index
    }

    /// Index after an optional Arabic or Latin comma.
    func skippingComma(_ index: Int) -> Int {
        symbol(index) == "،" || symbol(index) == "," ? index + 1 : index
    }

    // MARK: Patterns

    /// `D/M/YYYY`, `D-M-YYYY`, `D.M.YYYY` (day first) and `YYYY-MM-DD`.
    func numeric(at index: Int) -> Outcome? {
        guard let separator = symbol(index + 1), ["/", "-", "."].contains(separator), symbol(index + 3) == separator,
            let first = number(index, digits: 1...4), let middle = number(index + 2, digits: 1...2),
            let lastToken = token(index + 4), case .number(let last, let lastDigits) = lastToken.kind
        else { return nil }
        if separator == "." && !(index..<index + 4).allSatisfy(adjacent) { return nil }
        // Part of a longer dotted or dashed number (versions, phone numbers): not a date. A
        // dash with a space beside it sets a time apart from the date («11:42 - 2025-04-10»).
        if symbol(index - 1) == separator, adjacent(index - 2), adjacent(index - 1),
            number(index - 2, digits: 1...9) != nil
        {
            return nil
        }
        if symbol(index + 5) == separator, adjacent(index + 4), number(index + 6, digits: 1...9) != nil { return nil }
        guard let firstDigits = token(index).map({ $0.range.count }) else { return nil }
        var end = index + 5
        let year: Int
        var day: Int
        var month: Int
        var note: String?
        var ambiguous = false
        if firstDigits == 4, (1...2).contains(lastDigits) {
            (year, month, day) = (first, middle, last)
        } else if firstDigits <= 2, lastDigits == 4 {
            (year, month, day) = (last, middle, first)
            if month > 12, day <= 12 {
                (day, month) = (month, day)
                note = "month-first numeric date (day > 12 in second place)"
            } else if day <= 12, month <= 12, day != month {
                switch statedWeekdayFits(year: year, month: month, day: day, start: index, end: end) {
                case true?: note = "day-first: the weekday beside it fits"
                case false?:
                    (day, month) = (month, day)
                    note = "month-first: the weekday beside it fits only that reading"
                case nil:
                    note = "day-first assumed for ambiguous numeric date"
                    ambiguous = true
                }
            }
        } else {
            return nil
        }
        if Self.hijriYears.contains(year), !Self.gregorianYears.contains(year) {
            return .skip(end: word(end) == Self.hijriMarker ? end + 1 : end)
        }
        guard Self.gregorianYears.contains(year) else { return nil }
        end = skippingAnnoDomini(end)
        guard Self.isValid(year: year, month: month, day: day) else { return .skip(end: end) }
        return .date(
            Candidate(
                year: year, month: month, day: day, note: note, start: index, end: end, isOrderAmbiguous: ambiguous))
    }

    /// Whether the weekday named beside the date in tokens `start..<end` («الثلاثاء، 6/11/2019»,
    /// «6/11/2019 (الثلاثاء)») is that of the day-first reading (`day`/`month`) and not of the
    /// month-first one (true), the other way round (false); nil when no weekday is named there or
    /// it fits both or neither.
    func statedWeekdayFits(year: Int, month: Int, day: Int, start: Int, end: Int) -> Bool? {
        let before = [start - 1, start - 2].first { word($0) != nil }
        let after = [end, end + 1].first { word($0) != nil }
        let stated = [before, after].compactMap { $0.flatMap(word).flatMap { ArabicMonthTable.weekdayNumbers[$0] } }
        guard let weekday = stated.first, let dayFirst = CivilDay(year: year, month: month, day: day),
            let monthFirst = CivilDay(year: year, month: day, day: month)
        else { return nil }
        switch (dayFirst.weekday == weekday, monthFirst.weekday == weekday) {
        case (true, false): return true
        case (false, true): return false
        default: return nil
        }
    }

    /// `D MONTH [/ALT | (ALT)] [،] YYYY [م]` («25th, March 2025» and «12 de marzo de 2025» too),
    /// or `D/MONTH/YYYY` (or with dashes), each separator glued to the part before it or after it.
    func dayFirst(at index: Int) -> Outcome? {
        guard let day = number(index, digits: 1...2) else { return nil }
        let joiner = joiningSeparator(after: index) ?? spacedSeparator(after: index)
        let isSpaced = joiner != nil && !adjacent(index)
        // «25th, March 2025»: an ordinal day may have a comma after it, and so may a day the
        // comma is glued to before an Arabic month's name («24, أغسطس 2019», «24، أغسطس 2019»,
        // as some sites print the day; «25, March 2025» is a count and a month); «25. Oct
        // 2021», as German and Nordic sites write the day, a dot against it.
        let commaAfterDay =
            (symbol(index + 1) == "," && hasOrdinalSuffix(index))
            || ((symbol(index + 1) == "," || symbol(index + 1) == "،") && adjacent(index) && isArabicWord(index + 2))
        let dotAfterDay = symbol(index + 1) == "." && adjacent(index)
        // «12 de marzo de 2025», «12 de março de 2025»: Spanish and Portuguese join the parts.
        let joinedByDe = word(index + 1) == "de"
        guard
            let (month, afterMonth) = month(
                at: joiner == nil && !commaAfterDay && !dotAfterDay && !joinedByDe ? index + 1 : index + 2,
                in: ArabicMonthTable.gregorian)
        else { return nil }
        var next = afterMonth
        var note: String?
        if let joiner {
            // «09/مارس/2026»: the year is joined to the month by the same separator, glued to
            // one side at least («31/ ديسمبر/2015»), or set apart on both sides as the first
            // one is («29 / مارس / 2023»). The month's other name may come between, joined
            // the same way («29 / آذار / مارس / 2023»).
            let joins = { (at: Int) in
                self.symbol(at) == joiner
                    && (isSpaced
                        ? !self.adjacent(at - 1) && !self.adjacent(at) : self.adjacent(at - 1) || self.adjacent(at))
            }
            if joins(next),
                let (alternative, afterAlternative) = self.month(at: next + 1, in: ArabicMonthTable.gregorian),
                joins(afterAlternative)
            {
                if alternative != month { note = "alternative month name disagrees (\(month) vs \(alternative))" }
                next = afterAlternative
            }
            guard joins(next) else { return nil }
            next += 1
        } else {
            if let (alternative, afterAlternative) = alternativeMonth(at: next, after: month) {
                if alternative != month { note = "alternative month name disagrees (\(month) vs \(alternative))" }
                next = afterAlternative
            }
            if joinedByDe, let connector = word(next), connector == "de" || connector == "del" { next += 1 }
            next = skippingComma(next)
        }
        let fullYear = year(at: next)
        let shortYear = joiner == nil ? twoDigitYear(at: next) : isSpaced ? nil : joinedTwoDigitYear(at: next)
        guard let year = fullYear ?? shortYear else { return nil }
        if fullYear == nil { note = "two-digit year read as \(year)" }
        let end = skippingAnnoDomini(next + 1)
        guard Self.isValid(year: year, month: month, day: day) else { return .skip(end: end) }
        return .date(Candidate(year: year, month: month, day: day, note: note, start: index, end: end))
    }

    /// A two-digit year at `index`, after a day and a month name, read only where nothing else
    /// can be meant: a clock time follows it, a dash or bar between or not, as a page's
    /// dateline prints it («29 تشرين الثاني 19 - 14:00»). Without the time the number may be
    /// another day («من 29 نوفمبر 19 ديسمبر»), and glued to a colon it is the hour
    /// («29 نوفمبر 19:30»). 00–68 are 2000–2068, 69–99 are 1969–1999, as POSIX reads `%y`.
    func twoDigitYear(at index: Int) -> Int? {
        guard let token = token(index), case .number(let value, 2) = token.kind, time(at: index) == nil else {
            return nil
        }
        var next = index + 1
        if let symbol = symbol(next), symbol == "-" || symbol == "|" || symbol == "–" || symbol == "—" { next += 1 }
        guard time(at: next) != nil else { return nil }
        return Self.fullYear(ofTwoDigit: value)
    }

    /// The year a two-digit year stands for, as POSIX reads `%y`: 00–68 are 2000–2068, 69–99
    /// are 1969–1999.
    private static func fullYear(ofTwoDigit value: Int) -> Int {
        value < 69 ? 2000 + value : 1900 + value
    }

    /// A two-digit year glued to the separator that joins it to the month's name, the day glued
    /// to it too («09-Aug-21», «09/Aug/21», as English-language sites print `%d-%b-%y`): no
    /// other number is written so. One glued to another separator or digit goes on as something
    /// else («09-Aug-21-5»), and one glued to a colon is the hour.
    func joinedTwoDigitYear(at index: Int) -> Int? {
        guard let token = token(index), case .number(let value, 2) = token.kind, adjacent(index - 1),
            time(at: index) == nil
        else { return nil }
        if adjacent(index), let after = symbol(index + 1), "-/.:".unicodeScalars.contains(after) { return nil }
        return Self.fullYear(ofTwoDigit: value)
    }

    /// Whether the token at `index` is a word in Arabic script.
    private func isArabicWord(_ index: Int) -> Bool {
        word(index)?.unicodeScalars.first.map { (0x0600...0x06FF).contains($0.value) } ?? false
    }

    /// Whether the number at `index` has an English ordinal suffix («25th»: the token is longer
    /// than its digits).
    private func hasOrdinalSuffix(_ index: Int) -> Bool {
        guard let token = token(index), case .number(_, let digits) = token.kind else { return false }
        return token.range.count > digits
    }

    /// The «/» or «-» glued to the number at `index` that joins it to the token after it
    /// («09/مارس», «31/ ديسمبر»), or nil.
    private func joiningSeparator(after index: Int) -> Unicode.Scalar? {
        guard let separator = symbol(index + 1), separator == "/" || separator == "-", adjacent(index) else {
            return nil
        }
        return separator
    }

    /// The «/» or «-» after the number at `index` with a space on each side, joining it to a
    /// month's name as some sites set their datelines out («29 / آذار / مارس / 2023»), or nil.
    private func spacedSeparator(after index: Int) -> Unicode.Scalar? {
        guard let separator = symbol(index + 1), separator == "/" || separator == "-", !adjacent(index),
            !adjacent(index + 1)
        else { return nil }
        return separator
    }

    /// `MONTH [ALT] YYYY` (month precision) and `MONTH D، YYYY`.
    func monthFirst(at index: Int) -> Outcome? {
        guard let (month, afterMonth) = month(at: index, in: ArabicMonthTable.gregorian) else { return nil }
        var next = afterMonth
        var note: String?
        if let (alternative, afterAlternative) = alternativeMonth(at: next, after: month) {
            if alternative != month { note = "alternative month name disagrees (\(month) vs \(alternative))" }
            next = afterAlternative
        }
        if let day = number(next, digits: 1...2) {
            let yearIndex = skippingComma(next + 1)
            guard let year = year(at: yearIndex) else { return nil }
            let end = skippingAnnoDomini(yearIndex + 1)
            guard Self.isValid(year: year, month: month, day: day) else { return .skip(end: end) }
            return .date(Candidate(year: year, month: month, day: day, note: note, start: index, end: end))
        }
        let yearIndex = skippingComma(next)
        guard let year = year(at: yearIndex) else { return nil }
        let end = skippingAnnoDomini(yearIndex + 1)
        return .date(Candidate(year: year, month: month, day: nil, note: note, start: index, end: end))
    }

    /// `[D] HIJRI-MONTH YYYY [هـ]`: recognised and skipped, never returned as Gregorian.
    func hijri(at index: Int) -> Outcome? {
        let monthIndex = number(index, digits: 1...2) == nil ? index : index + 1
        guard let (_, afterMonth) = month(at: monthIndex, in: ArabicMonthTable.hijri) else { return nil }
        let yearIndex = skippingComma(afterMonth)
        guard year(at: yearIndex, in: Self.hijriYears) != nil else { return nil }
        let end = yearIndex + 1
        return .skip(end: word(end) == Self.hijriMarker ? end + 1 : end)
    }

    /// `عام YYYY` / `سنة YYYY`: year precision; the range covers the year digits.
    func yearOnly(at index: Int) -> Outcome? {
        guard let word = word(index), Self.yearWords.contains(word),
            let year = number(index + 1, digits: 4...4), (1900...2100).contains(year),
            self.word(index + 2) != Self.hijriMarker
        else { return nil }
        return .date(
            Candidate(year: year, month: nil, day: nil, note: nil, start: index + 1, end: skippingAnnoDomini(index + 2))
        )
    }

    /// Whether the day exists in that month (leap years included).
    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }
}
