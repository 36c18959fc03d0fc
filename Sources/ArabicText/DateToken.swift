/// A token of an L1 text as the date parser sees it: digits, letters or one symbol.
///
/// Unlike `ArabicToken`, digits and letters are split («2024م» is «2024» + «م») and
/// symbols are kept, because separators carry meaning in dates («/», «:», «(»).
struct DateToken: Sendable, Hashable {
    /// What the token is.
    enum Kind: Sendable, Hashable {
        /// An ASCII digit run; `value` is -1 when it has more than nine digits.
        case number(value: Int, digits: Int)
        /// A run of letters (Arabic or lower-case Latin).
        case word(String)
        /// Any other non-space scalar, including a line break.
        case symbol(Unicode.Scalar)
    }

    /// The token.
    let kind: Kind
    /// Range in the L1 scalars.
    let range: Range<Int>

    /// The word's text, if it is a word.
    var word: String? {
        if case .word(let text) = kind { return text }
        return nil
    }

    /// The symbol, if it is one.
    var symbol: Unicode.Scalar? {
        if case .symbol(let scalar) = kind { return scalar }
        return nil
    }

    /// The number's value if it has a digit count in `digits`.
    func number(digits allowed: ClosedRange<Int>) -> Int? {
        if case .number(let value, let digits) = kind, allowed.contains(digits), value >= 0 { return value }
        return nil
    }

    /// Splits L1 scalars into date tokens; spaces and tabs separate tokens and are dropped.
    static func tokens(in scalars: [Unicode.Scalar]) -> [DateToken] {
        var tokens: [DateToken] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == " " || scalar == "\t" || scalar == "\r" {
                index += 1
            } else if isDigit(scalar) {
                var end = index
                var value = 0
                while end < scalars.count, isDigit(scalars[end]) {
                    if end - index < 9 { value = value * 10 + Int(scalars[end].value - 0x30) }
                    end += 1
                }
                if end - index > 9 { value = -1 }
                // The suffix is part of the number's range, so a dateline «01st …» is all date.
                let last = end + ordinalSuffixLength(after: end, digits: end - index, in: scalars)
                tokens.append(DateToken(kind: .number(value: value, digits: end - index), range: index..<last))
                index = last
            } else if isLetter(scalar) {
                var end = index + 1
                while end < scalars.count, isLetter(scalars[end]) { end += 1 }
                tokens.append(DateToken(kind: .word(String(scalars: scalars[index..<end])), range: index..<end))
                index = end
            } else {
                tokens.append(DateToken(kind: .symbol(scalar), range: index..<index + 1))
                index += 1
            }
        }
        return separatingGluedNumbers(tokens)
    }

    /// `tokens` with the numbers that a copy glued together, losing the space between two spans
    /// of a page, taken apart where a date's shape shows the seam: a year run into the next date
    /// («24/10/202524/10/2025»: 202524 is 2025 and 24) and a time's minutes run into the day
    /// («19:3824/01/2024»: 3824 is 38 and 24).
    static func separatingGluedNumbers(_ tokens: [DateToken]) -> [DateToken] {
        var result = tokens
        var index = result.count - 1
        while index >= 2 {
            defer { index -= 1 }
            if let parts = dayAndReadingTime(result, at: index) {
                result[index...index] = parts[...]
                continue
            }
            guard case .number(let value, let digits) = result[index].kind, value >= 0 else { continue }
            let (before, separator) = (result[index - 2], result[index - 1])
            let glued = separator.range.upperBound == result[index].range.lowerBound
            guard glued, case .number(_, let beforeDigits) = before.kind, beforeDigits <= 2,
                let mark = separator.symbol, index + 1 < result.count, let after = result[index + 1].symbol
            else { continue }
            let head: Int
            if (5...6).contains(digits), ["/", "-", "."].contains(mark), after == mark, index >= 4,
                result[index - 3].symbol == mark, result[index - 4].number(digits: 1...2) != nil
            {
                head = 4
            } else if (3...4).contains(digits), mark == ":", ["/", "-", "."].contains(after) {
                head = 2
            } else {
                continue
            }
            let tailDigits = digits - head
            let divisor = (0..<tailDigits).reduce(1) { product, _ in product * 10 }
            let range = result[index].range
            let split = range.lowerBound + head
            result[index...index] = [
                DateToken(kind: .number(value: value / divisor, digits: head), range: range.lowerBound..<split),
                DateToken(kind: .number(value: value % divisor, digits: tailDigits), range: split..<range.upperBound),
            ]
        }
        return result
    }

    /// Words of a reading time printed after a date, as L1 keys («2 دقائق», «5 min»).
    private static let minuteWords: Set<String> = [
        "دقاءق", "دقيقه", "دقيقتان", "دقيقتين", "min", "mins", "minute", "minutes",
    ]

    /// The day of a date `YYYY-MM-DD` (or with slashes or dots) that a copy ran into the reading
    /// time printed after it, losing the space («2024-06-242 دقائق»: the day 24 and 2 minutes):
    /// the day's two digits and the minutes, when a minutes word follows; nil otherwise.
    private static func dayAndReadingTime(_ tokens: [DateToken], at index: Int) -> [DateToken]? {
        guard index >= 4, index + 1 < tokens.count,
            case .number(let value, let digits) = tokens[index].kind, (3...4).contains(digits), value >= 0,
            let mark = tokens[index - 1].symbol, ["-", "/", "."].contains(mark),
            tokens[index - 1].range.upperBound == tokens[index].range.lowerBound,
            tokens[index - 2].number(digits: 2...2) != nil, tokens[index - 3].symbol == mark,
            tokens[index - 4].number(digits: 4...4) != nil,
            let word = tokens[index + 1].word, minuteWords.contains(word)
        else { return nil }
        let divisor = digits == 3 ? 10 : 100
        guard (1...31).contains(value / divisor) else { return nil }
        let range = tokens[index].range
        let split = range.lowerBound + 2
        return [
            DateToken(kind: .number(value: value / divisor, digits: 2), range: range.lowerBound..<split),
            DateToken(kind: .number(value: value % divisor, digits: digits - 2), range: split..<range.upperBound),
        ]
    }

    /// The length of an English ordinal suffix glued to a day number ending at `end` («01st
    /// تشرين الأول», «3rd march»; L1 has Latin in lower case), which a date reads past: 2 when
    /// one follows a number of one or two digits and ends the word, else 0. Compared scalar by
    /// scalar: this runs for every short number of every line scanned for dates.
    private static func ordinalSuffixLength(after end: Int, digits: Int, in scalars: [Unicode.Scalar]) -> Int {
        guard digits <= 2, end + 2 <= scalars.count, end + 2 == scalars.count || !isLetter(scalars[end + 2])
        else { return 0 }
        switch (scalars[end], scalars[end + 1]) {
        case ("s", "t"), ("n", "d"), ("r", "d"), ("t", "h"): return 2
        default: return 0
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value)
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        // The scalars of a key are nearly all ASCII or the Arabic letters and harakat, whose
        // categories are known: the property look-up is for the rest.
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0x0621...0x063A, 0x0641...0x0652: return true
        case 0..<0x80: return false
        default: break
        }
        switch scalar.properties.generalCategory {
        case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter,
            .nonspacingMark, .spacingMark:
            return true
        default:
            return false
        }
    }
}
