import Foundation

/// The segments of a byline tag at the head of a line: «بيروت- وكالات-» is two, «غزة (رويترز) -»
/// is «غزة» and «(رويترز)». A segment counts only when a dash follows it (or, for a byline line
/// of its own, the line ends), so «قال وزير (الخارجية) إن» has none.
enum BylineSegments {
    /// One segment of a tag.
    struct Segment: Sendable, Hashable {
        let text: String
        let parenthesized: Bool
    }

    /// Dashes that end a tag segment when a space or the line's end stands on one side; a
    /// tatweel or an underscore (or a run of either) set apart by spaces on both sides is one
    /// too («صنعاء ـ سبأنت:», «الخرطوم _ السلطة»).
    private static let dashes: Set<Character> = ["-", "–", "—"]
    /// Strokes typed for a dash on an Arabic keyboard: the tatweel and the underscore.
    private static let strokes: Set<Character> = ["\u{0640}", "_"]

    /// The most words an unbracketed segment may have («وكالة الأنباء الأردنية» has three).
    private static let maxWords = 4

    /// The segments of the tag opening `text`, and the tag's text (up to its last dash).
    static func parse(_ text: String, wholeLine: Bool) -> (segments: [Segment], tag: String) {
        var confirmed: [Segment] = []
        var tagEnd = text.startIndex
        var pending: [Segment] = []
        var rest = Substring(text)
        var sawDash = false
        while confirmed.count + pending.count < 4 {
            rest = rest.drop(while: \.isWhitespace)
            if rest.isEmpty { break }
            if rest.first == "(", let close = rest.firstIndex(of: ")") {
                let inner = rest[rest.index(after: rest.startIndex)..<close].trimmingCharacters(in: .whitespaces)
                guard (1...30).contains(inner.count) else { break }
                pending.append(Segment(text: inner, parenthesized: true))
                rest = rest[rest.index(after: close)...]
                continue
            }
            if let dash = rest.first, dashes.contains(dash) || isSpacedStroke(in: rest, at: rest.startIndex) {
                confirmed += pending
                pending = []
                sawDash = true
                rest = strokes.contains(dash) ? rest.drop { $0 == dash } : rest.dropFirst()
                tagEnd = rest.startIndex
                continue
            }
            guard let end = segmentEnd(of: rest) else { break }
            let words = rest[..<end].split(whereSeparator: \.isWhitespace)
            // A wire dateline's city in capitals may be followed by a comma and its country
            // («SANAA, Yemen (AA) –», «DUBAI, United Arab Emirates (AP) —»).
            let checked = isWireCity(words.first) ? [words[0].dropLast()] + words.dropFirst() : words[...]
            guard !words.isEmpty, countedWords(words) <= maxWords,
                !checked.contains(where: { $0.contains { ".,،:؛«»\"“”؟?!".contains($0) } })
            else { break }
            if end == rest.endIndex, !wholeLine { break }
            pending.append(Segment(text: words.joined(separator: " "), parenthesized: false))
            rest = rest[end...]
        }
        // A line of its own is a tag only with a dash in it: «محمد علي» alone is a reporter.
        if wholeLine, sawDash, rest.drop(while: \.isWhitespace).isEmpty {
            confirmed += pending
            tagEnd = text.endIndex
        }
        return (confirmed, text[..<tagEnd].trimmingCharacters(in: .whitespaces))
    }

    /// Whether `word` is a wire dateline's city before its country: Latin capitals and a comma.
    private static func isWireCity(_ word: Substring?) -> Bool {
        guard let word, word.hasSuffix(","), word.count >= 3 else { return false }
        return word.dropLast().allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// The most words a date inside a segment may take after its day, uncounted by `maxWords`:
    /// a month named twice, the second name of two words, and the year («29 ديسمبر كانون الأول
    /// 2025»), as Reuters writes its datelines («بغداد 29 ديسمبر كانون الأول (رويترز) -»).
    private static let dateWords = 4

    /// The end of the unbracketed segment opening `text`: its first «(» or separating dash, or
    /// the text's end. Nil as soon as more than `maxWords` words come before it
    /// (`countedWords`): no segment is that long, and the lead paragraph a tag opens is not
    /// walked to its end.
    private static func segmentEnd(of text: Substring) -> Substring.Index? {
        var words = 0
        var day: Int?
        var inWord = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "(" || isSeparatingDash(in: text, at: index) || isDashAfterPlace(in: text, at: index) {
                return index
            }
            if character.isWhitespace {
                inWord = false
            } else if !inWord {
                inWord = true
                if day == nil, character.isNumber { day = words }
                words += 1
                if counted(words, day: day) > maxWords { return nil }
            }
            index = text.index(after: index)
        }
        return text.endIndex
    }

    /// How many of a segment's `words` count against `maxWords`: all but the first word opening
    /// with a digit (a date's day, the `day`th word, counted from 0) and the `dateWords` words
    /// after it.
    private static func counted(_ words: Int, day: Int?) -> Int {
        guard let day else { return words }
        return words - 1 - min(dateWords, words - day - 1)
    }

    /// `counted` for a segment's words.
    private static func countedWords(_ words: [Substring]) -> Int {
        counted(words.count, day: words.firstIndex { $0.first?.isNumber == true })
    }

    /// A dash that separates rather than joins: «بيروت- وكالات» and «شفا –» yes, «كوفيد-19» and
    /// «Anglo-French» no.
    private static func isSeparatingDash(in text: Substring, at index: Substring.Index) -> Bool {
        if isSpacedStroke(in: text, at: index) { return true }
        guard dashes.contains(text[index]) else { return false }
        let before = index == text.startIndex ? nil : text[text.index(before: index)]
        let afterIndex = text.index(after: index)
        let after = afterIndex == text.endIndex ? nil : text[afterIndex]
        return before.map(\.isWhitespace) ?? true || after.map(\.isWhitespace) ?? true
    }

    /// A hyphen glued on both sides to letters, after a listed place that opens the segment
    /// («دمشق-سانا», «ريف دمشق-سانا», as SANA prints its datelines): it separates the place from
    /// the credit as a spaced dash does. A word joined by a hyphen that is no place stays whole
    /// («كوفيد-19», «Anglo-French», «طريق بيروت-دمشق»).
    private static func isDashAfterPlace(in text: Substring, at index: Substring.Index) -> Bool {
        guard text[index] == "-", index > text.startIndex, text[text.index(before: index)].isLetter else {
            return false
        }
        let afterIndex = text.index(after: index)
        guard afterIndex < text.endIndex, text[afterIndex].isLetter else { return false }
        return DatelinePlaces.contains(String(text[..<index]))
    }

    /// A tatweel or an underscore, or a run of one of them, with a space (or the text's edge) on
    /// both sides: a dash typed with the elongation key («صنعاء ـ سبأنت», «صحيفة عسير ــ
    /// متابعات») or the underscore beside the minus («الخرطوم _ السلطة»), not the stroke that
    /// lengthens a letter («كـ») or joins a name's words («الرائد نت_متابعة»).
    private static func isSpacedStroke(in text: Substring, at index: Substring.Index) -> Bool {
        let stroke = text[index]
        guard strokes.contains(stroke) else { return false }
        let afterRun = text[index...].firstIndex { $0 != stroke } ?? text.endIndex
        let before = index == text.startIndex || text[text.index(before: index)].isWhitespace
        return before && (afterRun == text.endIndex || text[afterRun].isWhitespace)
    }
}
