import Foundation

// Credits of their own over the lead that join the paper's name to a listed place in ways a
// byline tag's dash does not: in parentheses, or with a slash.
extension OutletDetector {
    /// The outlet of a dateline of its own that is a listed place and the paper's name in
    /// parentheses, no dash after it («الشارقة (الاتحاد)», «دبي (البيان)»), as Gulf papers
    /// credit their newsroom over the lead. A credit naming no outlet there («غزة (خاص)») or a
    /// place («عدن (اليمن)») names none. The caller reads it only right above the lead.
    static func placeParenthesizedCredit(_ line: String) -> Detection? {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard text.hasSuffix(")"), let open = text.firstIndex(of: "("),
            text.firstIndex(of: ")") == text.index(before: text.endIndex),
            DatelinePlaces.contains(text[..<open].trimmingCharacters(in: .whitespaces))
        else { return nil }
        let name = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingCharacters(
            in: .whitespaces)
        guard isCreditName(name, words: 3, marks: tagMarks) else { return nil }
        return detection(named: name, evidence: text)
    }

    /// The outlet of a credit of its own that joins the paper's name and a listed place with a
    /// slash («الاتجاه/ بغداد»), read as the same credit joined by a dash («الاتجاه - بغداد»,
    /// `bylineTag`): a reporter's name before the place («سامي الخطيب/ بغداد») names none.
    static func slashPlaceTag(_ line: String) -> Detection? {
        guard line.utf8.contains(UInt8(ascii: "/")) else { return nil }
        let parts = line.split(separator: "/", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard parts.count == 2, !parts[0].isEmpty, DatelinePlaces.contains(parts[1]) else { return nil }
        return bylineTag(parts[0] + " - " + parts[1], wholeLine: true)
    }
}
