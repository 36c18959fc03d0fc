import ArabicText
import DossierModel

/// The relative days of an article («اليوم الخميس», «أمس», «الخميس الماضي») in its byline lines
/// and body, resolved against the article's own date: the sidecar's `published:`, else the date
/// of its dateline or metadata. Without such an anchor (at day precision) they have no date,
/// and a stated weekday that disagrees with the anchor gives none either, with a warning.
public enum RelativeDayReader {
    /// One relative day of an article.
    public struct Reading: Sendable, Hashable {
        /// The 1-based line of the byline line or paragraph it is in.
        public let line: Int
        /// The expression as written.
        public let text: String
        /// What the anchor makes of it; nil when the article has no anchor date.
        public let resolution: RelativeDay.Resolution?

        /// True when its stated weekday disagrees with the anchor.
        var isMismatch: Bool {
            if case .weekdayMismatch? = resolution { return true }
            return false
        }
    }

    /// The relative days of `paragraphs` and of the byline lines of `furniture`, in line order.
    public static func readings(paragraphs: [Paragraph], furniture: [Furniture], anchor: PartialDate?) -> [Reading] {
        readings(paragraphs: paragraphs, furniture: furniture, anchor: anchor) { line in
            RelativeDayParser.days(in: line.text)
        }
    }

    /// The relative days of `split`'s paragraphs and byline lines, whose cue words are looked
    /// for in the word keys the lines were read with.
    static func readings(of split: ArticleSplit, anchor: PartialDate?) -> [Reading] {
        readings(paragraphs: split.paragraphs, furniture: split.furniture, anchor: anchor) { line in
            RelativeDayParser.days(in: line.text, key: split.wordKey(of: line))
        }
    }

    /// The readings of the lines, each line's days found by `days`.
    private static func readings(
        paragraphs: [Paragraph], furniture: [Furniture], anchor: PartialDate?, days: (Paragraph) -> [RelativeDay]
    ) -> [Reading] {
        let anchorDay = anchor.flatMap { date in
            date.month.flatMap { month in date.day.flatMap { CivilDay(year: date.year, month: month, day: $0) } }
        }
        let lines =
            furniture.filter { $0.kind == .byline }.map { Paragraph(text: $0.text, line: $0.line) } + paragraphs
        return lines.sorted { $0.line < $1.line }.flatMap { item in
            let days = days(item)
            // The scalars are indexed only for a paragraph that has a relative day.
            let scalars = days.isEmpty ? [] : item.text.decodedScalars()
            return days.map { day in
                let text = String(scalars: scalars[day.range.clamped(to: 0..<scalars.count)])
                return Reading(line: item.line, text: text, resolution: anchorDay.map(day.resolve))
            }
        }
    }

    /// The first relative day with a weekday («اليوم الثلاثاء») of `split` that disagrees with
    /// `date` by two days or more, when every such day agrees with `other`: the text then means
    /// `other`. A day's difference proves nothing: a story written in the evening is often
    /// published after midnight, and a morning paper dates yesterday's events «اليوم».
    static func weekdayRefuting(_ date: PartialDate, for other: PartialDate, in split: ArticleSplit) -> Reading? {
        let disagreeing = readings(of: split, anchor: date).first { isDaysApart($0.resolution) }
        guard let disagreeing, !readings(of: split, anchor: other).contains(where: \.isMismatch) else { return nil }
        return disagreeing
    }

    /// Whether `resolution` states a weekday two to five days from the one its anchor gives.
    private static func isDaysApart(_ resolution: RelativeDay.Resolution?) -> Bool {
        guard case .weekdayMismatch(let stated, let computed)? = resolution else { return false }
        return (2...5).contains((stated - computed.weekday + 7) % 7)
    }

    /// The relative days of `split`'s lead and `date` as a civil day; nil when the article has
    /// no lead or `date` no day.
    private static func leadDays(_ date: PartialDate, in split: ArticleSplit) -> (
        anchor: CivilDay, days: [RelativeDay]
    )? {
        guard let lead = split.paragraphs.first, let month = date.month, let day = date.day,
            let anchor = CivilDay(year: date.year, month: month, day: day)
        else { return nil }
        return (anchor, RelativeDayParser.days(in: lead.text, key: split.wordKey(of: lead)))
    }

    /// Whether the lead names a day by its weekday («اليوم الأربعاء», «أمس الثلاثاء») that lies
    /// two days or more from the one `date` gives it: the lead was not written on `date`'s day,
    /// which is then the day the page was copied (a site's date in its header), not the
    /// article's. A day's difference proves nothing, as in `weekdayRefuting`.
    static func leadRefutes(_ date: PartialDate, in split: ArticleSplit) -> Bool {
        guard let (anchor, days) = leadDays(date, in: split) else { return false }
        return days.contains { isDaysApart($0.resolve(against: anchor)) }
    }

    /// Whether the lead names the day of `date` by its weekday, that day or one of the two
    /// before it («أمس الخميس» in a story of Friday 29 November, «اليوم الأحد»), and names no
    /// weekday that disagrees with it: the lead was written on that day. A relative day with
    /// no weekday («أمس») fits any date and confirms none.
    static func leadConfirms(_ date: PartialDate, in split: ArticleSplit) -> Bool {
        guard let (anchor, days) = leadDays(date, in: split) else { return false }
        let stated = days.filter { relative in
            guard relative.weekday != nil, case .offset(let days) = relative.reference else { return false }
            return (-2...0).contains(days)
        }
        return !stated.isEmpty
            && stated.allSatisfy { relative in
                if case .day = relative.resolve(against: anchor) { return true }
                return false
            }
    }

    /// A warning for each reading whose stated weekday disagrees with the anchor.
    static func diagnostics(_ readings: [Reading], anchor: PartialDate?, path: String) -> [Diagnostic] {
        readings.compactMap { reading in
            guard case .weekdayMismatch(let stated, let computed)? = reading.resolution else { return nil }
            let anchorText = anchor.map { " (\($0.iso))" } ?? ""
            return .warning(
                .relativeDayMismatch,
                "«\(reading.text)» names a \(RelativeDay.weekdayName(stated)), but counted from the article's date\(anchorText) it is \(computed), a \(RelativeDay.weekdayName(computed.weekday)): it is given no date",
                at: SourceLocation(path: path, line: reading.line, column: 1),
                fix:
                    "If the article's date is wrong, write the right one as `published:` in the sidecar; if the text speaks of another day, nothing needs doing."
            )
        }
    }
}
