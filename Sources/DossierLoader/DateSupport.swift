import ArabicText
import DossierModel

/// The loader's use of the Arabic date parser: how much of a line is a date, and parser
/// matches as model dates.
enum DateSupport {
    /// The years of an article's `published:`: those the engine reads in articles, 1800–2199
    /// (the earliest Arabic newspapers are from the 1820s; year 0000 or 9999 is a typo).
    static let publicationYears = ArabicDateParser.gregorianYears
    /// The years of a timeline's `date:`: the background of a story may reach back centuries
    /// (the Ottoman conquest of Cairo, 1517), but not to year 0 (ISO's 1 BC) or past the
    /// years articles are read in.
    static let timelineYears = 1...ArabicDateParser.gregorianYears.upperBound

    /// A date an editor wrote (`published:`, a timeline's `date:`): an ISO date whose year is
    /// in `years`, or the `bad-date` error at `location`, whose fix shows `forms`.
    static func editorDate(
        _ text: String, key: String, years: ClosedRange<Int>, at location: SourceLocation, forms: String
    ) -> Result<PartialDate, Diagnostic> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let date = PartialDate(iso: trimmed) else {
            if let (month, days) = dayPastMonthEnd(trimmed) {
                return .failure(
                    .error(
                        .badDate, "`\(key): \(text)` has no such day: month \(month) has \(days) days", at: location,
                        fix: "Check the day against the article. \(forms)"))
            }
            return .failure(.error(.badDate, "`\(key): \(text)` is not an ISO date", at: location, fix: forms))
        }
        guard years.contains(date.year) else {
            return .failure(
                .error(
                    .badDate,
                    "`\(key): \(text)` has the year \(date.year), outside \(years.lowerBound)–\(years.upperBound)",
                    at: location,
                    fix: "Give the year in full, between \(years.lowerBound) and \(years.upperBound). \(forms)"))
        }
        return .success(date)
    }

    /// For `YYYY-MM-DD` whose day is past the end of its month (`2024-09-31`, `2023-02-29`),
    /// the month and its number of days; nil for any other text.
    static func dayPastMonthEnd(_ text: String) -> (month: Int, days: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
        else { return nil }
        let days = PartialDate.daysIn(month: month, year: year)
        return day > days ? (month, days) : nil
    }

    /// The share of a line's non-space scalars covered by dates (0 when there is none).
    static func dateShare(of text: String) -> Double {
        let matches = ArabicDateParser.dates(in: text)
        guard !matches.isEmpty else { return 0 }
        let nonSpace = text.unicodeScalars.filter { !$0.properties.isWhitespace }.count
        guard nonSpace > 0 else { return 0 }
        let scalars = text.decodedScalars()
        var covered = 0
        for match in matches {
            let range = match.range.clamped(to: 0..<scalars.count)
            covered += scalars[range].filter { !$0.properties.isWhitespace }.count
        }
        return Double(covered) / Double(nonSpace)
    }

    /// A line that is only a date: a full date, and beside it nothing but numbers (a time,
    /// a Hijri date) and the weekday, time-of-day and time-zone words of
    /// `FurnitureLexicon.dateLineWords`. Such a line is a dateline or a clock, never a headline.
    static func isDateLine(_ text: String) -> Bool {
        let matches = ArabicDateParser.dates(in: text).filter(\.isFullDate)
        guard !matches.isEmpty else { return false }
        var scalars = text.decodedScalars()
        for match in matches {
            for index in match.range.clamped(to: 0..<scalars.count) { scalars[index] = " " }
        }
        let rest = TextLine.wordKey(String(String.UnicodeScalarView(scalars)))
        return rest.split(separator: " ").allSatisfy { word in
            word.unicodeScalars.allSatisfy { $0.properties.numericType != nil }
                || FurnitureLexicon.dateLineWords.contains(String(word))
        }
    }

    /// A line that dates the page: only a date (`isDateLine`), or a full date after a
    /// publication or author marker («تم نشره الثلاثاء 01 تشرين الأول 2019 08:21»).
    static func isDatingLine(_ text: String) -> Bool {
        if isDateLine(text) { return true }
        return LexicalFurniture.opensWithBylineMarker(TextLine.wordKey(text))
            && ArabicDateParser.dates(in: text).contains(where: \.isFullDate)
    }

    /// The full date that opens `text`, as written, when a letter follows it with no space: a
    /// page's date line that the copy ran into the lead («2026-02-02نفّذت …»). Prose names its
    /// dates after a word («في 2 فبراير 2026 …»), and a chronology's first entry sets its date
    /// apart («15 مارس 2011: اندلاع …»).
    static func openingDate(of text: String) -> String? {
        // A date and the letter after it lie in the lead's first few dozen scalars: the rest of
        // a long paragraph is not scanned.
        let scalars = Array(text.unicodeScalars.prefix(48))
        let text = String(String.UnicodeScalarView(scalars))
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let match = ArabicDateParser.dates(in: text).first, match.isFullDate, match.range.lowerBound == first,
            match.range.upperBound < scalars.count, scalars[match.range.upperBound].properties.isAlphabetic
        else { return nil }
        return String(String.UnicodeScalarView(scalars[match.range]))
    }

    /// The full date of a dateline that opens `text` with a dash after it: a listed place, the
    /// date, a dash («الفاشر 1 أكتوبر 2025 ــ قال الجيش …»), as the dateline is written when
    /// the site prints no date of its own; the reporter's name may open it, and a weekday, a
    /// time and «في» stand around the date («احمد وائل عمر - القاهرة في الأحد 7 ديسمبر 2025
    /// 10:28 مساءً - حسم …»). A place of one to three words closed by a comma may
    /// be any («ירושלים, 12 במרץ 2025 –», «Москва, 12 марта 2025 года. …»: a full stop, after
    /// the year's word, closes it too). An author's credit may stand for the place, the dash
    /// after the date or time closing it («كتبت: ياسمين عمرو في السبت 19 يوليو 2025 11:57
    /// مساءً - تنطلق …»). A date after any other words is the story's.
    static func datelineDate(of text: String) -> String? {
        let scalars = Array(text.unicodeScalars.prefix(80))
        guard let match = ArabicDateParser.dates(in: String(String.UnicodeScalarView(scalars))).first,
            match.isFullDate
        else { return nil }
        let place = String(String.UnicodeScalarView(scalars[..<match.range.lowerBound]))
        let opening = datelinePlace(place)
        let listed = DatelinePlaces.contains(opening) || isAuthorCredit(opening)
        guard listed || isPlaceWithComma(place) else { return nil }
        var after = String(String.UnicodeScalarView(scalars[match.range.upperBound...])).trimmingCharacters(
            in: .whitespaces)
        if let word = after.split(separator: " ").first, let yearWord = yearWords.first(where: { word.hasPrefix($0) }) {
            after = String(after.dropFirst(yearWord.count)).trimmingCharacters(in: .whitespaces)
        }
        after = withoutOpeningTime(after)
        guard let closing = after.unicodeScalars.first,
            datelineDashes.contains(closing) || (!listed && closing == ".")
        else { return nil }
        return String(String.UnicodeScalarView(scalars[match.range]))
    }

    /// The place of the text before a dateline's date: without the weekday and «في» that may
    /// close it («القاهرة في الأحد»), and without the reporter's name and dash that may open it
    /// («احمد وائل عمر - القاهرة»): one name of letters, then a listed place.
    private static func datelinePlace(_ text: String) -> String {
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        if let last = words.last, FurnitureLexicon.weekdays.contains(TextLine.wordKey(last)) { words.removeLast() }
        if words.last == "في" { words.removeLast() }
        let place = words.joined(separator: " ")
        let (segments, _) = BylineSegments.parse(place, wholeLine: true)
        guard segments.count == 2, !segments.contains(where: \.parenthesized),
            DatelinePlaces.contains(segments[1].text),
            segments[0].text.allSatisfy({ $0.isLetter || $0 == " " })
        else { return place }
        return segments[1].text
    }

    /// An author's credit alone: «كتب», «كتبت» or «بقلم» (a colon after it or not), then a
    /// name of one to four words of letters («كتبت: ياسمين عمرو»).
    private static func isAuthorCredit(_ text: String) -> Bool {
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let first = words.first else { return false }
        let marker = first.hasSuffix(":") ? String(first.dropLast()) : first
        guard FurnitureLexicon.authorPrefixes.contains(TextLine.wordKey(marker)) else { return false }
        words.removeFirst()
        if words.first == ":" { words.removeFirst() }
        return (1...4).contains(words.count) && words.allSatisfy { $0.allSatisfy(\.isLetter) }
    }

    /// `text` without the time that may open it («10:28 مساءً - …»): digits and colons, and the
    /// time-of-day words of `FurnitureLexicon.dateLineWords` after them.
    private static func withoutOpeningTime(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard let first = words.first, first.contains(":"), first.allSatisfy({ $0.isNumber || $0 == ":" }) else {
            return text
        }
        let rest = words.dropFirst().drop { FurnitureLexicon.dateLineWords.contains(TextLine.wordKey(String($0))) }
        return rest.joined(separator: " ")
    }

    /// One to three words of letters closed by a comma, Latin or Arabic: a dateline's place.
    private static func isPlaceWithComma(_ segment: String) -> Bool {
        let trimmed = segment.trimmingCharacters(in: .whitespaces)
        guard let comma = trimmed.unicodeScalars.last, comma == "," || comma == "\u{060C}" else { return false }
        let words = trimmed.unicodeScalars.dropLast().split(separator: " ")
        return (1...3).contains(words.count)
            && words.allSatisfy { $0.allSatisfy { $0.properties.isAlphabetic || $0 == "-" || $0 == "'" } }
    }

    /// The dashes that close a dateline, tatweel among them («ــ»).
    private static let datelineDashes: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}", "\u{0640}"]

    /// The words for "year" that Slavic datelines write after it («2025 года», «2025 г.»,
    /// «2025 року»), longest first.
    private static let yearWords = ["года", "року", "година", "г.", "р."]

    /// A parser match as a model date.
    static func partialDate(_ match: ArabicDateMatch) -> PartialDate {
        PartialDate(
            year: match.year, month: match.month, day: match.day, hour: match.hour, minute: match.minute,
            utcOffsetMinutes: match.utcOffsetMinutes)
    }

    /// A parser match with its day and month swapped as a model date, when both readings are
    /// possible («6/11/2019»).
    static func otherReading(_ match: ArabicDateMatch) -> PartialDate? {
        match.otherReading.map { other in
            PartialDate(
                year: match.year, month: other.month, day: other.day, hour: match.hour, minute: match.minute,
                utcOffsetMinutes: other.utcOffsetMinutes)
        }
    }
}
