/// Finds relative days in Arabic news text (docs/arabic-text-engine.md §6.8): «اليوم الخميس»,
/// «صباح اليوم», «أمس», «أمس الأربعاء», «أول أمس», «أول من أمس», «غداً الجمعة», «بعد غد»,
/// «الخميس الماضي», «الجمعة المقبلة».
///
/// Works on L1 tokens like `ArabicDateParser`. Words too common in other senses are taken only
/// where they cannot mean anything else: a bare «اليوم» (also in «المصري اليوم», «اليوم
/// السابع») only after a time of day, and «غداً» (also the verb «became») only before a
/// weekday. A bare weekday («يوم الخميس») is not relative to anything and is left out.
public enum RelativeDayParser {
    /// Every relative day of `text`, in order.
    public static func days(in text: String) -> [RelativeDay] {
        // Most paragraphs have no cue word at all: skip their key and tokens.
        RelativeDayCues.mayContain(text) ? parse(text) : []
    }

    /// Every relative day of `text`, whose L1 key is `key` (or that key with its punctuation
    /// turned into spaces): the cue-word test reads the key made already.
    public static func days(in text: String, key: String) -> [RelativeDay] {
        RelativeDayCues.mayContain(key: key) ? parse(text) : []
    }

    /// Every relative day of `text`, found on its L1 tokens without the cue-word test.
    static func parse(_ text: String) -> [RelativeDay] {
        let key = ArabicNormalizer.matchKey(text)
        let tokens = DateToken.tokens(in: key.scalars)
        var result: [RelativeDay] = []
        var index = 0
        while index < tokens.count {
            guard let (reference, weekday, end) = match(at: index, in: tokens) else {
                index += 1
                continue
            }
            let keyRange = tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound
            result.append(RelativeDay(reference: reference, weekday: weekday, range: key.sourceRange(of: keyRange)))
            index = end
        }
        return result
    }

    /// The expression starting at token `index`: its reference, stated weekday and end.
    private static func match(at index: Int, in tokens: [DateToken]) -> (RelativeDay.Reference, Int?, Int)? {
        // Most tokens open no expression: one look-up tells, rather than one for each kind.
        guard let word = tokens[index].word.map(TokenText.init), openers.contains(word) else { return nil }
        let next = tokens.indices.contains(index + 1) ? tokens[index + 1].word.map(TokenText.init) : nil
        let afterNext = tokens.indices.contains(index + 2) ? tokens[index + 2].word.map(TokenText.init) : nil
        // «أول أمس», «قبل أمس», «أول من أمس».
        if twoDaysBackOpeners.contains(word) {
            if let next, yesterday.contains(next) { return withWeekday(.offset(-2), after: index + 2, in: tokens) }
            if next == from, let afterNext, yesterday.contains(afterNext) {
                return withWeekday(.offset(-2), after: index + 3, in: tokens)
            }
            return nil
        }
        if yesterday.contains(word) {
            // «أمس الأول» is the day before yesterday.
            if let next, firstWords.contains(next) { return withWeekday(.offset(-2), after: index + 2, in: tokens) }
            return withWeekday(.offset(-1), after: index + 1, in: tokens)
        }
        if word == today {
            let afterTimeOfDay = index > 0 && tokens[index - 1].word.map { timesOfDay.contains(TokenText($0)) } == true
            guard let found = withWeekday(.offset(0), after: index + 1, in: tokens) else { return nil }
            return found.1 != nil || afterTimeOfDay ? found : nil
        }
        if tomorrow.contains(word) {
            guard let found = withWeekday(.offset(1), after: index + 1, in: tokens), found.1 != nil else { return nil }
            return found
        }
        if word == after, let next, tomorrowNoun.contains(next) { return (.offset(2), nil, index + 2) }
        if let weekday = weekdays[word], let next {
            if previousWords.contains(next) { return (.previousWeekday, weekday, index + 2) }
            if nextWords.contains(next) { return (.nextWeekday, weekday, index + 2) }
        }
        return nil
    }

    /// `reference` ending before token `end`, extended over a weekday name that follows it
    /// («أمس الأربعاء»).
    private static func withWeekday(_ reference: RelativeDay.Reference, after end: Int, in tokens: [DateToken])
        -> (RelativeDay.Reference, Int?, Int)?
    {
        guard tokens.indices.contains(end), let word = tokens[end].word, let weekday = weekdays[TokenText(word)] else {
            return (reference, nil, end)
        }
        return (reference, weekday, end + 1)
    }

    /// The words an expression can open with: every word `match(at:in:)` tests first.
    private static let openers = twoDaysBackOpeners.union(yesterday).union([today, after]).union(tomorrow)
        .union(weekdays.keys)

    /// The L1 keys of `words`, compared by their bytes: keys are NFC, and a `String` set
    /// normalised every word of every paragraph again to hash and compare it.
    private static func keys(_ words: [String]) -> Set<TokenText> {
        Set(words.map { TokenText(ArabicNormalizer.matchKeyString($0)) })
    }

    /// The L1 key of `word`, compared by its bytes.
    private static func key(_ word: String) -> TokenText { TokenText(ArabicNormalizer.matchKeyString(word)) }

    /// Weekday names (L1) by number, 1 = Sunday.
    static let weekdays = Dictionary(
        uniqueKeysWithValues: ArabicMonthTable.arabicWeekdays.map { (TokenText($0.key), $0.value) })
    static let today = key("اليوم")
    static let yesterday = keys(["أمس", "الأمس", "وأمس", "بالأمس", "وبالأمس"])
    static let twoDaysBackOpeners = keys(["أول", "وأول", "قبل"])
    static let firstWords = keys(["الأول"])
    static let from = key("من")
    static let tomorrow = keys(["غداً", "غدا", "وغداً"])
    static let after = key("بعد")
    static let tomorrowNoun = keys(["غد"])
    /// Times of day that make a bare «اليوم» mean the day itself («صباح اليوم»).
    static let timesOfDay = keys(["صباح", "مساء", "ظهر", "عصر", "فجر", "ليل", "ليلة", "منتصف", "وصباح", "ومساء"])
    static let previousWords = keys([
        "الماضي", "الماضية", "الفائت", "الفائتة", "المنصرم", "المنصرمة", "السابق", "السابقة",
    ])
    static let nextWords = keys(["المقبل", "المقبلة", "القادم", "القادمة"])
}
