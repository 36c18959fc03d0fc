// A dateline under the lead: the first paragraph of another story appended to the page.
extension FurnitureClassifier {
    /// How many bytes of a paragraph are looked at for the dash of a dateline.
    private static let datelineReach = 60

    /// The most words of the credit between a dateline's dash and its bar or colon.
    private static let creditWords = 3

    /// Whether `line` opens with a credited dateline: a listed place, a dash, a credit of one to
    /// three words, then a bar or a colon («الدوحة – قطر | أشاد …», «القاهرة – السوداني: أكد
    /// …»). Such a tag heads a story's lead; under the lead, it opens another story appended to
    /// the page, which `classifyMiddle` then weighs as it weighs a section under a headline. A
    /// place and a dash alone («دمشق - أصدر …») may open a paragraph of a roundup.
    static func opensWithCreditedDateline(_ line: TextLine) -> Bool {
        // Cheapest first: a hyphen, or the first byte of an en or em dash, near the start.
        guard line.text.utf8.prefix(datelineReach).contains(where: { $0 == 0x2D || $0 == 0xE2 }) else {
            return false
        }
        let (segments, tag) = BylineSegments.parse(line.text, wholeLine: false)
        guard let first = segments.first, !first.parenthesized, DatelinePlaces.contains(first.text) else {
            return false
        }
        let rest = line.text.dropFirst(tag.count).drop { $0.isWhitespace || "-–—".contains($0) }
        guard let close = rest.prefix(datelineReach).firstIndex(where: { $0 == "|" || $0 == ":" }) else {
            return false
        }
        let credit = rest[..<close].split(whereSeparator: \.isWhitespace)
        return (1...creditWords).contains(credit.count) && credit.allSatisfy { $0.allSatisfy(\.isLetter) }
    }
}
