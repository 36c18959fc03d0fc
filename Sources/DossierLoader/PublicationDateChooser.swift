import ArabicText
import DossierModel
import Foundation

/// Picks an article's publication date among the dated lines of its page, and says when the
/// pick is doubtful.
///
/// Pages carry several dates: the article's dateline, dates of related links, and often the
/// site's clock (a time and today's date above the headline, «10:23 مساءً / 29 يناير، 2026»),
/// which is the day the page was copied, not published. So a date introduced by «نشر» or
/// «آخر تحديث» wins, unless it stands high above the headline (a site's last update: never
/// taken); then a dated line near the headline and body (not the dates of a list of teasers
/// above it); a clock-like line only last, and never when it is more than a day later than
/// every other date of the article (unless the lead names its day by the weekday), shows the
/// seconds or its zone, or the article prints its own time under the headline.
enum PublicationDateChooser {
    /// A line of the page holding a full date.
    struct Candidate: Sendable, Hashable {
        let line: TextLine
        let date: PartialDate
        /// Introduced by a publication or update marker.
        let isMarked: Bool
        /// A short time-and-date line above the headline: what a site clock looks like.
        let isClock: Bool
        /// Today's date in the site's header, never taken: a weekday and a date with no time
        /// above the headline, other lines between («الجمعة - 19 نيسان 2024»; article timestamps
        /// carry a time or stand next to the headline); any date above the masthead's credits
        /// («رئيس التحرير», `FurnitureLexicon.mastheadCredits`), which sites print on every page
        /// under their clock («الجمعة 12 ديسمبر 2025 07:45 مـ 21 جمادى آخر 1447 هـ»), or above a
        /// masthead naming the site («الأحد 28 ديسمبر 2025 …», then «موقع الصفوة»); a date
        /// sharing its line with the site's menu («من نحن | اتصل بنا | الاحد, 21 ديسمبر 2014»);
        /// one over the label of the site's ticker («12:10 مساءً / 25 أبريل، 2024», then «آخر
        /// الأخبار»); or one beside the weather («23.9 C», «تونس», «1 أكتوبر، 2025»): the bar
        /// at the top of every page; and under the body, the top bar of the next page pasted
        /// with another story (`nextPageBar`).
        var isSiteDate = false
        /// Introduced by a marker, but above the headline with other lines between («آخر
        /// تحديث: الأحد 16 نوفمبر 2025» in a site's header): the site's last update, the day
        /// the page was copied. Never taken: a page with no other date has none.
        var isAboveHeader = false
        /// Why an unmarked time above the headline is a clock running on the page, never an
        /// article's timestamp (never taken); nil when it may be the article's.
        var runningClock: RunningClockSign?
        /// `date` with day and month swapped, when both readings are possible.
        var otherReading: PartialDate?

        var isRunningClock: Bool { runningClock != nil }
    }

    /// What gives a site's running clock away.
    enum RunningClockSign: Sendable, Hashable {
        /// It shows the seconds («2024-04-20 الساعة: 11:12:17»).
        case seconds
        /// It states its zone («05:26 AM Jerusalem Timing»).
        case zone
        /// The article prints its own time alone under the headline («06:46 م»).
        case articleTime
    }

    /// What the chooser found worth telling the editor.
    enum Finding: Sendable, Hashable {
        /// The only date was a clock-like line more than a day later than every other date of
        /// the article.
        case clockIgnored(TextLine)
        /// The date was taken from a clock-like line: no other date of the text is on its day.
        case clockOnly(TextLine)
        /// The only date was a site's last update in its header, above the headline.
        case siteUpdateIgnored(TextLine)
        /// The only date was a running clock above the headline (`Candidate.isRunningClock`).
        case runningClockIgnored(TextLine, RunningClockSign)
        /// A date above the headline was passed over: the lead names a weekday two days or more
        /// from its own (`RelativeDayReader.leadRefutes`).
        case refutedByLead(TextLine)
        /// The chosen date lies after `today`.
        case future(TextLine, PartialDate)
        /// The date of the line, day and month swappable, was read month first (`taken`), not
        /// day first (`rejected`): a relative day the article names («اليوم الثلاثاء») fits only that.
        case monthFirstByWeekday(
            TextLine, taken: PartialDate, rejected: PartialDate, weekday: RelativeDayReader.Reading)
    }

    /// The choice and what is doubtful about it.
    struct Choice: Sendable, Hashable {
        let date: PartialDate?
        let findings: [Finding]
        /// The chosen date with day and month swapped, when both readings are possible
        /// («6/11/2019») and nothing beside it tells which is meant.
        var otherReading: PartialDate? = nil
        /// The line the date was read from.
        var line: TextLine? = nil
    }

    /// A clock line has at most this many words (a weekday, a date, a time and its period).
    static let clockWords = 9

    /// The publication date of `split`, judged against `today` (the day of reading).
    static func choose(_ split: ArticleSplit, today: PartialDate) -> Choice {
        let all = self.candidates(split).filter { !$0.isSiteDate }
        let candidates = all.filter { !$0.isRunningClock }
        let titleLine = split.titleLine?.line
        let marked = candidates.filter { $0.isMarked && !$0.isAboveHeader }
        let below = candidates.filter { !$0.isMarked && !$0.isClock && $0.line.line > (titleLine ?? 0) }
        let above = candidates.filter { !$0.isMarked && !$0.isClock && $0.line.line < (titleLine ?? 0) }
        let nearestAbove: [Candidate] = datesOtherStories(above, in: split) ? [] : above.reversed()
        // A date above the headline whose weekday the lead contradicts is the site's; the lead
        // is asked only when no date is marked or under the headline.
        let header = nearestAbove + candidates.filter(\.isClock)
        let isRefuted = { (candidate: Candidate) in RelativeDayReader.leadRefutes(candidate.date, in: split) }
        guard let chosen = (marked + below).first ?? header.first(where: { !isRefuted($0) }) else {
            if let refuted = header.first(where: isRefuted) {
                return Choice(date: nil, findings: [.refutedByLead(refuted.line)])
            }
            if let update = candidates.first(where: { $0.isAboveHeader }) {
                return Choice(date: nil, findings: [.siteUpdateIgnored(update.line)])
            }
            let clock = all.first { $0.isRunningClock }
            return Choice(
                date: nil,
                findings: clock.flatMap { clock in clock.runningClock.map { [.runningClockIgnored(clock.line, $0)] } }
                    ?? [])
        }
        var findings: [Finding] = []
        if chosen.isClock {
            // News reports the day's events and the day before's: a clock a day after every
            // other date may be the dateline (Reuters prints it above the headline), and is
            // taken with a warning; later than that, it is the day the page was copied, unless
            // the lead names its day by the weekday («أمس الخميس» under a Friday's date).
            let others = otherDates(split, excluding: chosen.line.line)
            if let newest = others.max(), serial(chosen.date) > serial(newest) + 1,
                !RelativeDayReader.leadConfirms(chosen.date, in: split)
            {
                return Choice(date: nil, findings: [.clockIgnored(chosen.line)])
            }
            if others.allSatisfy({ day($0) < day(chosen.date) }) { findings.append(.clockOnly(chosen.line)) }
        }
        if day(chosen.date) > day(today) { findings.append(.future(chosen.line, chosen.date)) }
        return Choice(date: chosen.date, findings: findings, otherReading: chosen.otherReading, line: chosen.line)
    }

    /// Dated lines of the page header (the title and credited photos' captions excepted), byline
    /// lines anywhere, and the body's opening lines that are not prose («صباح الخير، إليكم أبرز
    /// مستجدات الإثنين 26 نيسان 2021»: a dateline in a sentence's clothes), in order. A date
    /// inside a paragraph is an event of the story, not its publication.
    static func candidates(_ split: ArticleSplit) -> [Candidate] {
        let titleLine = split.titleLine?.line
        // A caption closing with its photo's credit dates the photo («… Ashkelon May 5, 2019.
        // REUTERS/Amir Cohen»), and so does a wire's caption with its credit or notice inside
        // («A handout picture provided by … on September 10, 2021 shows … (Photo by … / AFP)»).
        // Other lines filed as captions may be the dateline.
        var lines = split.headerLines.filter { line in
            line.line != titleLine && !LexicalFurniture.closesWithWirePhotographer(line.text)
                && !LexicalFurniture.closesWithPhotoCredit(line.text) && !LexicalFurniture.isLatinWireCaption(line)
        }
        let headerNumbers = Set(lines.map(\.line))
        // The dateline of an article appended under this one dates that article, and so does
        // one right above its headline (`appendedStoryHeader`).
        let appended = split.appendedStoryLine
        let appendedHeader = appendedStoryHeader(in: split, appended: appended)
        for item in split.furniture
        where item.kind == .byline && !headerNumbers.contains(item.line) && item.line < (appendedHeader ?? Int.max) {
            lines.append(TextLine(text: item.text, line: item.line, block: 0))
        }
        let opening = split.paragraphs.map { TextLine(text: $0.text, line: $0.line, block: 0) }.prefix { !$0.isProse }
        lines += opening
        // A wire's dateline run into the lead («الخرطوم 27 أكتوبر 2025 (شينخوا) أعلن …») dates it.
        if let lead = split.paragraphs.first, let wire = WireDateline(openingLead: lead.text) {
            lines.append(TextLine(text: wire.tag, line: lead.line, block: 0))
        } else if let lead = split.paragraphs.first,
            let date = DateSupport.openingDate(of: lead.text) ?? DateSupport.datelineDate(of: lead.text)
        {
            // So does a date line run into it («2026-02-02نفّذت …»), and a place's dateline with
            // a dash («الفاشر 1 أكتوبر 2025 ــ قال …»).
            lines.append(TextLine(text: date, line: lead.line, block: 0))
        }
        lines += dateBadges(in: split.headerLines)
        lines.sort { $0.line < $1.line }
        let firstLine = lines.first?.line
        let lineAboveTitle = titleLine.flatMap { title in split.headerLines.map(\.line).filter { $0 < title }.max() }
        let lastCredits = titleLine.flatMap { title in
            split.headerLines.filter { $0.line < title && isMastheadCredit($0) }.map(\.line).max()
        }
        // The site's name as a masthead («موقع الصفوة», `OutletDetector.masthead`) under a date:
        // the date is in the header the site prints on every page, not the article's.
        let lastMasthead = titleLine.flatMap { title in
            split.headerLines.filter { $0.line < title && OutletDetector.masthead($0.text) != nil }.map(\.line).max()
        }
        // «عاجل» alone may announce the story itself, under its own dateline: no ticker's label.
        let overTicker = Set(
            zip(split.headerLines, split.headerLines.dropFirst()).filter {
                FurnitureLexicon.tickerLabels.contains($1.key) && $1.wordCount > 1
            }
            .map(\.0.line))
        // The top bar of a page pasted under this one, over another story (`nextPageBar`).
        let nextPageBar = nextPageBar(in: split, appended: appended)
        // The weather widget of the top bar («23.9 C», «Erbil 17°C الأربعاء 23 تشرين الأول»)
        // shows today's date beside it, on its line or the two under it.
        var besideWeather = Set<Int>()
        for (index, line) in split.headerLines.enumerated() where hasTemperature(line.text) {
            for near in split.headerLines[index..<min(split.headerLines.count, index + 3)] {
                besideWeather.insert(near.line)
            }
        }
        // A time alone under the headline («06:46 م») is the article's own: a dated time above
        // the headline is then the site's clock.
        let hasOwnTime = lines.contains { line in
            titleLine.map { line.line > $0 } ?? false && ArabicDateParser.isTimeOfDay(line.text)
        }
        // A clock runs in the top bar, above the headline and every copy of it; a time under a
        // copy (the tab's title, then the date, then the headline again) is the article's.
        let firstCopy = split.furniture.filter { $0.kind == .title }.map(\.line).min()
        // A date under a line a «since» label closes dates a membership («Blog Contributor
        // since:» over «03 December 2007» in an author box), not the article.
        let sinceLines = Set(
            split.headerLines.filter { line in
                line.key.split(separator: " ").last.map { FurnitureLexicon.sinceLabels.contains(String($0)) } ?? false
            }
            .map { $0.line + 1 })
        return lines.compactMap { line in
            guard !sinceLines.contains(line.line) else { return nil }
            let marked = ArabicDateParser.markedPublicationDate(in: line.text)
            guard let match = marked ?? ArabicDateParser.publicationDate(in: line.text) else { return nil }
            let aboveHeadline = titleLine.map { line.line < $0 } ?? (line.line == firstLine)
            let isClock =
                marked == nil && match.hour != nil && aboveHeadline && line.wordCount <= clockWords
                && line.line < (split.paragraphs.first?.line ?? Int.max)
            // The article's own date may stand right above its headline (a blog's date header);
            // a site's date stands higher, menus or notices between.
            let isTodayInHeader =
                match.hour == nil && line.line != lineAboveTitle && DateSupport.isDateLine(line.text)
                && line.key.split(separator: " ").contains { FurnitureLexicon.weekdays.contains(String($0)) }
            let isSiteDate =
                marked == nil
                && (aboveHeadline
                    && (isTodayInHeader || line.line < (lastCredits ?? Int.min)
                        || line.line < (lastMasthead ?? Int.min) || isMenuWithDate(line.text)
                        || overTicker.contains(line.line) || besideWeather.contains(line.line))
                    || nextPageBar.contains(line.line))
            var runningClock: RunningClockSign?
            // A stamp that names the text's source after it («2024-12-30 18:15:06 - المصدر:
            // جريدة المدى», an aggregator crediting the outlet it copied) dates the post: a clock
            // credits no one.
            if marked == nil, aboveHeadline, line.line < (firstCopy ?? Int.max),
                line.line < (split.paragraphs.first?.line ?? Int.max), OutletDetector.datelineSource(line.text) == nil
            {
                if match.second != nil {
                    runningClock = .seconds
                } else if match.utcOffsetMinutes != nil {
                    runningClock = .zone
                } else if isClock && hasOwnTime {
                    runningClock = .articleTime
                }
            }
            return Candidate(
                line: line, date: DateSupport.partialDate(match), isMarked: marked != nil, isClock: isClock,
                isSiteDate: isSiteDate,
                isAboveHeader: marked != nil && titleLine != nil && aboveHeadline && line.line != lineAboveTitle,
                runningClock: runningClock, otherReading: DateSupport.otherReading(match))
        }
    }

    /// A date printed as a badge, its day, month and year each on a line of its own («11»,
    /// «NOVEMBER», «2025»), as one line at the first one's place: two or three lines in a row
    /// of one word each that together are a full date and nothing else.
    static func dateBadges(in header: [TextLine]) -> [TextLine] {
        var badges: [TextLine] = []
        var index = 0
        while index + 1 < header.count {
            let run = header[index...].prefix(3).enumerated().prefix { offset, line in
                line.wordCount == 1 && line.line == header[index].line + offset
            }.map(\.element)
            let joined = [3, 2].lazy.filter { $0 <= run.count }
                .map { (count: $0, text: run.prefix($0).map(\.text).joined(separator: " ")) }
                .first { DateSupport.isDateLine($0.text) }
            if let joined {
                badges.append(TextLine(text: joined.text, line: header[index].line, block: header[index].block))
                index += joined.count
            } else {
                index += 1
            }
        }
        return badges
    }

    /// Whether `text` shows a temperature: a number and a degree sign («17°C», «25 °»), or a
    /// line that is only a number and a scale's letter («23.9 C»).
    static func hasTemperature(_ text: String) -> Bool {
        let scalars = text.decodedScalars()
        let isDigit = { (scalar: Unicode.Scalar) in scalar.properties.numericType == .decimal }
        // A degree sign after a digit, a space between or not.
        for (index, scalar) in scalars.enumerated() where scalar == "°" && index > 0 {
            if isDigit(scalars[index - 1]) || (index > 1 && scalars[index - 1] == " " && isDigit(scalars[index - 2])) {
                return true
            }
        }
        // A number and a scale's letter, nothing else: «23.9 C», «-4F».
        let trimmed = text.trimmingCharacters(in: .whitespaces).unicodeScalars
        guard let scale = trimmed.last, scale == "C" || scale == "F" else { return false }
        var number = String(String.UnicodeScalarView(trimmed.dropLast())).trimmingCharacters(in: .whitespaces)
        if number.hasPrefix("-") || number.hasPrefix("+") { number.removeFirst() }
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
        return (1...2).contains(parts.count)
            && parts.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy(isDigit) }
    }

    /// Whether `line` is a credit of the site's masthead: it opens with one («رئيس التحرير:
    /// …»), or holds one after the publication's name on a short line («جريدة النهار المصرية
    /// رئيس مجلس الإدارة ورئيس التحريرأسامة شرشر»).
    static func isMastheadCredit(_ line: TextLine) -> Bool {
        FurnitureLexicon.mastheadCredits.contains {
            line.key.hasPrefix($0) || (line.wordCount <= 16 && line.key.contains(" " + $0))
        }
    }

    /// Whether `text` is a menu bar holding a date: parts split by bars, each a menu item
    /// (`FurnitureLexicon.navigationLines`) or a date line, at least one of each.
    static func isMenuWithDate(_ text: String) -> Bool {
        let parts = text.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let dated = parts.filter { DateSupport.isDateLine($0) }
        let items = parts.filter { FurnitureLexicon.navigationLines.contains(TextLine.wordKey($0)) }
        return !dated.isEmpty && !items.isEmpty && dated.count + items.count == parts.count
    }

    /// Every full date of the article outside line `excluded`: header, bylines and body.
    static func otherDates(_ split: ArticleSplit, excluding excluded: Int) -> [PartialDate] {
        var texts = split.headerLines.filter { $0.line != excluded }.map(\.text)
        texts += split.furniture.filter { $0.kind == .byline && $0.line != excluded }.map(\.text)
        texts += split.paragraphs.map(\.text)
        return texts.flatMap { text in
            ArabicDateParser.dates(in: text).filter(\.isFullDate).map(DateSupport.partialDate)
        }
    }

    /// Dated lines above the headline that date other stories, not the article: `above`, the
    /// unmarked dated lines over the headline that are no clock, are three or more, and either
    /// fall on two or more days (a list of teasers, «عيون المقالات»: a title, then «18/04/2024 -
    /// name», again and again) or each stand under a ticker's item (`FurnitureKind.ticker`), on
    /// one day or several (a «رائج الآن» widget: «عراقجي: مسودة اتفاق نووي …», «2026-03-07»,
    /// «ناسا تجري تغييرات جذرية …», «2026-03-07», …).
    static func datesOtherStories(_ above: [Candidate], in split: ArticleSplit) -> Bool {
        guard above.count >= 3 else { return false }
        return Set(above.map { day($0.date) }).count >= 2
            || above.allSatisfy { candidate in
                split.furniture.last(where: { $0.line < candidate.line.line })?.kind == .ticker
            }
    }

    /// Days since 1970 of `date`'s day (its first day when the day or month is unknown).
    static func serial(_ date: PartialDate) -> Int {
        CivilDay(year: date.year, month: date.month ?? 1, day: date.day ?? 1)?.serial ?? Int.min / 2
    }

    /// The date at day precision, so a time does not make the same day "later".
    static func day(_ date: PartialDate) -> PartialDate {
        PartialDate(year: date.year, month: date.month, day: date.day)
    }

    /// Today's date in UTC: what "in the future" is judged against.
    static func today(_ now: Date = Date()) -> PartialDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return PartialDate(year: parts.year ?? 1970, month: parts.month, day: parts.day)
    }
}
