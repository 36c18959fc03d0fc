/// A day the text names relative to an unstated one: «اليوم الخميس», «أمس», «أول أمس»,
/// «الخميس الماضي». It has a date only against an anchor (the article's own date), and a
/// weekday it states must agree with that anchor (docs/arabic-text-engine.md §6.8).
public struct RelativeDay: Sendable, Hashable {
    /// How the day relates to the anchor.
    public enum Reference: Sendable, Hashable {
        /// This many days from the anchor: 0 «اليوم», -1 «أمس», -2 «أول أمس», +1 «غداً».
        case offset(Int)
        /// The last `weekday` strictly before the anchor («الخميس الماضي»).
        case previousWeekday
        /// The first `weekday` strictly after the anchor («الخميس المقبل»).
        case nextWeekday
    }

    /// What an anchor makes of a relative day.
    public enum Resolution: Sendable, Hashable {
        /// The day meant.
        case day(CivilDay)
        /// The stated weekday is not that of the day the offset leads to: the text and the
        /// anchor disagree, so the expression has no date.
        case weekdayMismatch(stated: Int, computed: CivilDay)
    }

    /// How the day relates to the anchor.
    public let reference: Reference
    /// The weekday the text names, 1 = Sunday … 7 = Saturday; nil when it names none. Always
    /// set for `previousWeekday` and `nextWeekday`.
    public let weekday: Int?
    /// Scalar offsets of the expression in the input string.
    public let range: Range<Int>

    /// Creates a relative day.
    public init(reference: Reference, weekday: Int?, range: Range<Int>) {
        self.reference = reference
        self.weekday = weekday
        self.range = range
    }

    /// The day meant, counted from `anchor`, or a mismatch when the stated weekday disagrees.
    public func resolve(against anchor: CivilDay) -> Resolution {
        switch reference {
        case .offset(let days):
            let day = anchor.adding(days: days)
            if let weekday, weekday != day.weekday { return .weekdayMismatch(stated: weekday, computed: day) }
            return .day(day)
        case .previousWeekday:
            let back = ((anchor.weekday - (weekday ?? anchor.weekday)) + 7) % 7
            return .day(anchor.adding(days: -(back == 0 ? 7 : back)))
        case .nextWeekday:
            let ahead = (((weekday ?? anchor.weekday) - anchor.weekday) + 7) % 7
            return .day(anchor.adding(days: ahead == 0 ? 7 : ahead))
        }
    }

    /// The English name of weekday `number` (1 = Sunday), for messages.
    public static func weekdayName(_ number: Int) -> String {
        let names = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        return names.indices.contains(number - 1) ? names[number - 1] : String(number)
    }
}
