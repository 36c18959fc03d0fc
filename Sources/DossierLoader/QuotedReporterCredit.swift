/// A reporter credited by the outlet's name in quotes («مراسل "الشرق"», «مراسلة «العربي
/// الجديد»»), as television sites print it over a clip and in its description: the quoted
/// name is the outlet the reporter works for, never the reporter.
enum QuotedReporterCredit {
    /// Word keys of the reporter's label before the quoted name.
    private static let labels: Set<String> = ["مراسل", "مراسله"]

    private static let openingQuotes: Set<Character> = ["\"", "“", "«"]
    private static let closingQuotes: Set<Character> = ["\"", "”", "»"]

    /// Marks that set a credit's parts apart: bars, dashes, slashes.
    private static let separators: Set<Character> = ["|", "-", "–", "—", "/"]

    /// The most words a quoted outlet's name has.
    private static let nameWords = 3

    /// How far into a line the credit may stand («إدريس جواد | مراسل "الشرق" - بغداد: …»).
    private static let reach = 60

    /// The fewest words after the credit's colon that make the line a headline: a reporter's
    /// name, with a family name of two words, runs to four at most.
    static let headlineWords = 5

    /// The quoted outlet of the first credit in `text`'s first characters, and where the credit
    /// ends (after the closing quote). Nil when the label is not followed by a quoted name of
    /// one to three words.
    static func credit(in text: String) -> (name: String, end: String.Index)? {
        // Cheapest first: the label's letters anywhere in the line.
        guard WordKeySearch.containsBytes(text, "مراسل") else { return nil }
        let opening = text.prefix(reach)
        var searchStart = opening.startIndex
        while let label = opening[searchStart...].range(of: "مراسل") {
            searchStart = label.upperBound
            // A tag of the line's head: the label opens the line or follows the reporter's name
            // and a separator («إدريس جواد | مراسل …»); a sentence names another outlet's
            // reporter as its source («وأفاد مراسل "الميادين" بأن …»).
            let before = opening[..<label.lowerBound].trimmingCharacters(in: .whitespaces)
            guard before.isEmpty || before.last.map(separators.contains) == true else { continue }
            var index = label.upperBound
            if index < text.endIndex, text[index] == "ة" || text[index] == "ه" { index = text.index(after: index) }
            guard labels.contains(TextLine.wordKey(String(text[label.lowerBound..<index]))) else { continue }
            while index < text.endIndex, text[index] == " " { index = text.index(after: index) }
            guard index < text.endIndex, openingQuotes.contains(text[index]) else { continue }
            let nameStart = text.index(after: index)
            guard let close = text[nameStart...].firstIndex(where: closingQuotes.contains) else { return nil }
            let name = text[nameStart..<close].trimmingCharacters(in: .whitespaces)
            let words = name.split(whereSeparator: \.isWhitespace)
            guard (1...nameWords).contains(words.count), words.allSatisfy({ $0.allSatisfy(\.isLetter) }) else {
                continue
            }
            let end = text.index(after: close)
            // The credit ends the tag: a separator, a colon or the line's end follows it.
            let next = text[end...].first { !$0.isWhitespace }
            guard next.map({ separators.contains($0) || $0 == ":" }) ?? true else { continue }
            return (name, end)
        }
        return nil
    }

    /// Whether `line` is a headline quoting the reporter: the credit opens it, then a colon and
    /// `headlineWords` words or more («مراسل "الشرق": مناقشات بـ"النواب العراقي" لانتخاب رئيسه»);
    /// a byline names the reporter after the colon («مراسل "الشرق": إدريس جواد»).
    static func isHeadline(_ line: TextLine) -> Bool {
        guard let first = line.key.split(separator: " ").first, labels.contains(String(first)),
            let credit = credit(in: line.text)
        else { return false }
        let rest = line.text[credit.end...].drop(while: \.isWhitespace)
        guard rest.first == ":" else { return false }
        return rest.dropFirst().split(whereSeparator: \.isWhitespace).count >= headlineWords
    }

    /// The outlet a reporter's credit names at the head of a line (a byline, or the lead that
    /// opens with the reporter's credit).
    static func outlet(in text: String) -> OutletDetector.Detection? {
        guard let credit = credit(in: text) else { return nil }
        let evidence = text[..<credit.end].trimmingCharacters(in: .whitespaces)
        return OutletDetector.detection(named: credit.name, evidence: evidence)
    }
}
