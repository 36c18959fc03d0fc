import ArabicText
import Foundation

/// A wire story's dateline run into its lead with no dash after it: a listed place, perhaps a
/// date, and a listed news agency in parentheses («الخرطوم 27 أكتوبر 2025 (شينخوا) أعلن …»,
/// «بكين، 3 مايو 2024 (شينخوا) قال …», «غزة (الأناضول) أفاد …», «الكويت - 14 - 3 (كونا) --»),
/// between slashes, as the Gulf and Egyptian agencies close it («الدوحة في 14 مارس /قنا/»,
/// «القاهرة في 14 مارس /أ ش أ/»), or right after the place and a dash or a slash («دمشق-سانا»,
/// «إسطنبول/ الأناضول»). With a dash after it the tag is `OutletDetector.bylineTag`'s. The
/// agency must be one `FurnitureLexicon.agencies` lists: a place and a name in parentheses also
/// open ordinary sentences.
struct WireDateline: Sendable, Hashable {
    /// The dateline, through the agency's closing mark.
    let tag: String
    /// The agency, as written.
    let agency: String

    /// The dateline opening `lead`, if it has one.
    init?(openingLead lead: String) {
        if let hijri = Self.hijriDated(lead) {
            self = hijri
            return
        }
        let head = lead.prefix(90)
        // The place and dash form is looked for only when no marked agency is a dateline's; it
        // finds only a listed agency after a listed place, so it needs no further check.
        let isDateline = { (found: Found) in
            FurnitureLexicon.agencies.contains(TextLine.wordKey(found.agency)) && Self.isPlaceAndDate(found.before)
        }
        guard
            let found = Self.markedAgency(in: head).flatMap({ isDateline($0) ? $0 : nil })
                ?? Self.agencyAfterPlace(in: head)
        else { return nil }
        self.tag = String(head[..<found.end])
        self.agency = found.agency
    }

    /// An agency's name found in a lead's head, what stands before it, and where it ends.
    private struct Found {
        let agency: String
        let before: String
        let end: String.Index
    }

    /// The agency between parentheses or slashes in `head`, what stands before it, and where
    /// its closing mark ends.
    private static func markedAgency(in head: Substring) -> Found? {
        guard let open = head.firstIndex(where: { $0 == "(" || $0 == "/" }) else { return nil }
        let closing: Character = head[open] == "(" ? ")" : "/"
        guard let close = head[head.index(after: open)...].firstIndex(of: closing) else { return nil }
        let agency = head[head.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        return Found(agency: agency, before: String(head[..<open]), end: head.index(after: close))
    }

    /// The agency right after a listed place and a dash or a slash («دمشق-سانا أعلنت …»,
    /// «إسطنبول/ الأناضول أفاد …»), one or two words; the place; and where the agency ends.
    private static func agencyAfterPlace(in head: Substring) -> Found? {
        guard let mark = head.firstIndex(where: { "-–/".contains($0) }),
            DatelinePlaces.contains(String(head[..<mark]).trimmingCharacters(in: .whitespaces))
        else { return nil }
        let rest = head[head.index(after: mark)...].drop(while: { $0 == " " })
        let words = rest.split(separator: " ", maxSplits: 2)
        for count in [2, 1] where count < words.count {
            let agency = words.prefix(count).joined(separator: " ")
            if FurnitureLexicon.agencies.contains(TextLine.wordKey(agency)) {
                return Found(agency: agency, before: String(head[..<mark]), end: words[count - 1].endIndex)
            }
        }
        return nil
    }

    /// Whether `before`, what stands before the agency, is a listed place, alone or with a
    /// date after it: a full one («27 أكتوبر 2025»), or one the wire wrote without its year
    /// («14 - 3», «في 14 مارس»: `isDateWithoutYear`).
    private static func isPlaceAndDate(_ before: String) -> Bool {
        let trimmed = before.trimmingCharacters(in: separators)
        if let date = ArabicDateParser.dates(in: trimmed).first {
            let scalars = Array(trimmed.unicodeScalars)
            let after = String(String.UnicodeScalarView(scalars[date.range.upperBound...]))
            guard after.trimmingCharacters(in: separators).isEmpty else { return false }
            return DatelinePlaces.contains(
                String(String.UnicodeScalarView(scalars[..<date.range.lowerBound])).trimmingCharacters(in: separators))
        }
        if DatelinePlaces.contains(trimmed) { return true }
        let words = trimmed.components(separatedBy: separators).filter { !$0.isEmpty }
        return (1...3).contains { count in
            count < words.count && DatelinePlaces.contains(words.prefix(count).joined(separator: " "))
                && isDateWithoutYear(words.dropFirst(count))
        }
    }

    /// Whether `words` are a day and a month with no year, as the wires date their datelines
    /// («14 - 3», «في 14 مارس»): digits, «في», and at most two words more (the month's names).
    private static func isDateWithoutYear(_ words: ArraySlice<String>) -> Bool {
        var numbers = 0
        var others = 0
        for word in words where word != "في" {
            guard word.unicodeScalars.allSatisfy(ScalarTraits.isNumeric) else {
                others += 1
                continue
            }
            guard word.unicodeScalars.count <= 2 else { return false }
            numbers += 1
        }
        return (1...2).contains(numbers) && others <= 2
    }

    /// What may stand between the place, the date and the agency.
    private static let separators = CharacterSet.whitespaces.union(CharacterSet(charactersIn: ",،-–—"))
}
