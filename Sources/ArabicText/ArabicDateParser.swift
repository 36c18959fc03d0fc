/// Finds Gregorian dates in Arabic news text (docs/arabic-text-engine.md §6).
///
/// Works on the L1 match key, so Arabic-Indic digits, hamza spellings, tashkeel and the
/// RLMs sites put around slashes need no special cases; ranges are mapped back to scalar
/// offsets of the input. Hijri dates are recognised and skipped. A bare year is a date
/// only after «عام/سنة» (year precision); a day and month without a year is not a date.
public enum ArabicDateParser {
    /// The years of the Gregorian dates it reads (§6.3): the range of a plausible news date.
    public static let gregorianYears = DateScanner.gregorianYears

    /// Every Gregorian date in `text`, in order, with any time and stated zone attached.
    public static func dates(in text: String) -> [ArabicDateMatch] {
        scan(text).map(\.match)
    }

    /// The article's publication date: the first full date after «نشر», «تاريخ النشر»,
    /// «آخر تحديث» (publication markers win over update markers), else the first full date.
    public static func publicationDate(in text: String) -> ArabicDateMatch? {
        markedPublicationDate(in: text) ?? scan(text).first(where: \.match.isFullDate)?.match
    }

    /// The first full date that a publication or update marker («نشر في», «آخر تحديث»)
    /// introduces (publication markers first), or nil when no date is so marked. An update
    /// that follows an unmarked full date on its line pairs with it («03.04.2020 - محدث :
    /// 06.04.2020»): that earlier date is the publication's, and is the one returned.
    public static func markedPublicationDate(in text: String) -> ArabicDateMatch? {
        let full = scan(text).filter(\.match.isFullDate)
        let marked = full.indices.compactMap { index in full[index].markerRank.map { (rank: $0, index: index) } }
        guard let best = marked.min(by: { $0.rank < $1.rank }) else { return nil }
        let chosen = full[best.index].match
        if best.rank == updateRank, best.index > 0, full[best.index - 1].markerRank == nil {
            let earlier = full[best.index - 1].match
            if !hasLineBreak(in: text, between: earlier.range.upperBound, and: chosen.range.lowerBound) {
                return earlier
            }
        }
        return chosen
    }

    /// The rank of update markers in `markerRanks`.
    static let updateRank = 1

    /// Whether `text` breaks its line between the scalar offsets `start` and `end`.
    private static func hasLineBreak(in text: String, between start: Int, and end: Int) -> Bool {
        text.unicodeScalars.dropFirst(start).prefix(max(0, end - start)).contains { $0 == "\n" || $0 == "\r" }
    }

    /// A match plus the publication marker found before it (0 = published, 1 = updated).
    struct ScannedDate: Sendable {
        /// The date.
        let match: ArabicDateMatch
        /// Marker rank, nil when no marker precedes the date.
        let markerRank: Int?
    }

    /// Words marking a publication date (rank 0) or an update (rank 1), L1: Arabic, English
    /// («Published on»), French («Publié le», «Mis à jour le»).
    static let markerRanks: [String: Int] = [
        "نشر": 0, "النشر": 0, "نشرت": 0, "منشور": 0, "تحديث": 1, "التحديث": 1, "محدث": 1, "تحدبث": 1,
        "published": 0, "posted": 0, "publié": 0, "publie": 0, "publiée": 0, "updated": 1, "jour": 1,
    ]
    /// Words allowed between a marker and its date («نشر في», «نشر بتاريخ: يوم الجمعة»), L1.
    static let markerGapWords: Set<String> = ["في", "بتاريخ", "يوم", "تاريخ", "اخر", "تم", "علي", "on", "le"]

    /// Whether `text` is a time of day and nothing else («06:46 م», «11:21 بتوقيت غرينتش»): the
    /// time an article page prints beside its headline when its date is elsewhere.
    public static func isTimeOfDay(_ text: String) -> Bool {
        let scanner = DateScanner(tokens: DateToken.tokens(in: ArabicNormalizer.matchKey(text).scalars))
        guard let reading = scanner.time(at: 0) else { return false }
        return reading.end == scanner.tokens.count
    }

    /// Whether `text` has a scalar that its L1 key writes as an ASCII digit, the only digits the
    /// date tokens read: an ASCII digit (30–39), an Arabic-Indic one (U+0660–0669, D9 A0–A9)
    /// or an extended Arabic-Indic one (U+06F0–06F9, DB B0–B9), found by their bytes.
    static func mayHoldDigit(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                if (0x30...0x39).contains(byte) { return true }
                guard byte == 0xD9 || byte == 0xDB, index + 1 < bytes.count else { continue }
                if (byte == 0xD9 ? 0xA0...0xA9 : 0xB0...0xB9).contains(bytes[index + 1]) { return true }
            }
            return false
        }
    }

    /// Every date with its marker rank, scanning L1 tokens left to right.
    static func scan(_ text: String) -> [ScannedDate] {
        // Every date has a year in digits: most lines of an article have none, and are
        // passed over without their key being made (the loader asks this of every line).
        guard mayHoldDigit(text) else { return [] }
        let key = ArabicNormalizer.matchKey(text)
        let scanner = DateScanner(tokens: DateToken.tokens(in: key.scalars))
        let times = scanner.allTimes()
        var timesByEnd: [Int: DateScanner.TimeReading] = [:]
        for reading in times.values { timesByEnd[reading.end] = reading }
        var result: [ScannedDate] = []
        var index = 0
        var consumed = 0
        while index < scanner.tokens.count {
            switch scanner.outcome(at: index) {
            case nil:
                index += 1
            case .skip(let end)?:
                index = max(end, index + 1)
                consumed = index
            case .date(let candidate)?:
                var time: DateScanner.TimeReading?
                if candidate.day != nil {
                    time =
                        timeAfter(candidate.end, scanner: scanner, times: times)
                        ?? timeBefore(candidate.start, notBefore: consumed, scanner: scanner, timesByEnd: timesByEnd)
                }
                let start = min(candidate.start, time?.start ?? candidate.start)
                let end = max(candidate.end, time?.end ?? candidate.end)
                let keyRange = scanner.tokens[start].range.lowerBound..<scanner.tokens[end - 1].range.upperBound
                let match = makeMatch(candidate, time: time, range: key.sourceRange(of: keyRange))
                // A marker closing the date's line is its own; one before may close the line above.
                let rank = markerRank(closing: end, scanner: scanner) ?? markerRank(before: start, scanner: scanner)
                result.append(ScannedDate(match: match, markerRank: rank))
                index = end
                consumed = end
            }
        }
        return result
    }

    /// A time starting after at most three gap tokens from `index`.
    private static func timeAfter(
        _ index: Int, scanner: DateScanner, times: [Int: DateScanner.TimeReading]
    ) -> DateScanner.TimeReading? {
        var next = index
        for _ in 0...3 {
            if let reading = times[next] { return reading }
            guard isGap(next, scanner: scanner) else { return nil }
            next += 1
        }
        return nil
    }

    /// A time ending at most three gap tokens before `index` («10:35 ص، 20 سبتمبر 2024»).
    private static func timeBefore(
        _ index: Int, notBefore limit: Int, scanner: DateScanner, timesByEnd: [Int: DateScanner.TimeReading]
    ) -> DateScanner.TimeReading? {
        var end = index
        for _ in 0...3 {
            if let reading = timesByEnd[end], reading.start >= limit { return reading }
            guard end - 1 >= limit, isGap(end - 1, scanner: scanner) else { return nil }
            end -= 1
        }
        return nil
    }

    private static func isGap(_ index: Int, scanner: DateScanner) -> Bool {
        if let symbol = scanner.symbol(index) { return DateScanner.gapSymbols.contains(symbol) }
        if let word = scanner.word(index) { return DateScanner.gapWords.contains(word) }
        return false
    }

    /// 0 or 1 when a publication or update marker precedes token `start` on the same or previous line.
    private static func markerRank(before start: Int, scanner: DateScanner) -> Int? {
        var index = start - 1
        var lineBreaks = 0
        var steps = 0
        while index >= 0, steps < 8 {
            if let word = scanner.word(index) {
                if let rank = markerRanks[word] { return rank }
                guard markerGapWords.contains(word) || ArabicMonthTable.weekdays.contains(word) else { return nil }
            } else if let symbol = scanner.symbol(index) {
                if symbol == "\n" {
                    lineBreaks += 1
                    if lineBreaks > 1 { return nil }
                } else if !DateScanner.gapSymbols.contains(symbol) {
                    return nil
                }
            } else {
                return nil
            }
            index -= 1
            steps += 1
        }
        return nil
    }

    /// 0 or 1 when the date's line ends with its marker after it, a colon or dash between
    /// («11:05:16 2025-12-01 : نشر في»): a right-to-left label copied in display order, the date
    /// first. Only gap symbols and marker gap words may stand with the marker, up to the line's end.
    private static func markerRank(closing end: Int, scanner: DateScanner) -> Int? {
        var index = end
        var rank: Int?
        var sawSeparator = false
        while index < scanner.tokens.count {
            if let word = scanner.word(index) {
                if let marker = markerRanks[word] {
                    rank = rank.map { min($0, marker) } ?? marker
                } else if !markerGapWords.contains(word) {
                    return nil
                }
            } else if let symbol = scanner.symbol(index) {
                if symbol == "\n" { break }
                guard DateScanner.gapSymbols.contains(symbol) else { return nil }
                if rank == nil { sawSeparator = true }
            } else {
                return nil
            }
            index += 1
        }
        return sawSeparator ? rank : nil
    }

    private static func makeMatch(
        _ candidate: DateScanner.Candidate, time: DateScanner.TimeReading?, range: Range<Int>
    ) -> ArabicDateMatch {
        func offset(month: Int?, day: Int?) -> Int? {
            guard let time, let zone = time.zone, let month, let day else { return nil }
            return DateScanner.offsetMinutes(
                zone, year: candidate.year, month: month, day: day, hour: time.hour, minute: time.minute)
        }
        var other: ArabicDateMatch.OtherReading?
        if candidate.isOrderAmbiguous, let month = candidate.month, let day = candidate.day {
            other = ArabicDateMatch.OtherReading(
                month: day, day: month, utcOffsetMinutes: offset(month: day, day: month))
        }
        return ArabicDateMatch(
            year: candidate.year, month: candidate.month, day: candidate.day, hour: time?.hour,
            minute: time?.minute, utcOffsetMinutes: offset(month: candidate.month, day: candidate.day), range: range,
            second: time?.second, note: candidate.note, otherReading: other)
    }
}
