import ArabicText
import Foundation

/// A wire story's dateline run into its lead with no dash after it: a listed place, perhaps a
/// full date, and a listed news agency in parentheses («الخرطوم 27 أكتوبر 2025 (شينخوا) أعلن
/// …», «بكين، 3 مايو 2024 (شينخوا) قال …», «غزة (الأناضول) أفاد …»). With a dash after it the tag is
/// `OutletDetector.bylineTag`'s. The agency must be one `FurnitureLexicon.agencies` lists: a
/// place and a name in parentheses also open ordinary sentences.
struct WireDateline: Sendable, Hashable {
    /// The dateline, through the agency's closing parenthesis.
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
        guard let open = head.firstIndex(of: "("), let close = head[open...].firstIndex(of: ")") else { return nil }
        let agency = head[head.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        guard FurnitureLexicon.agencies.contains(TextLine.wordKey(agency)) else { return nil }
        let before = String(head[..<open]).trimmingCharacters(in: Self.separators)
        var place = before
        if let date = ArabicDateParser.dates(in: before).first {
            let scalars = Array(before.unicodeScalars)
            let after = String(String.UnicodeScalarView(scalars[date.range.upperBound...]))
            guard after.trimmingCharacters(in: Self.separators).isEmpty else { return nil }
            place = String(String.UnicodeScalarView(scalars[..<date.range.lowerBound]))
                .trimmingCharacters(in: Self.separators)
        }
        guard DatelinePlaces.contains(place) else { return nil }
        self.tag = String(head[...close])
        self.agency = agency
    }

    /// What may stand between the place, the date and the agency.
    private static let separators = CharacterSet.whitespaces.union(CharacterSet(charactersIn: ",،-–—"))
}
