import ArabicText

/// The dateline the Gulf agencies open their wires with: a listed place, the Hijri date
/// closed by «هـ», «الموافق» and the Gregorian date closed by «م», then the agency's name,
/// no parentheses and no dash («الرياض 12 رمضان 1444 هـ الموافق 03 أبريل 2023 م واس قال …»).
extension WireDateline {
    /// The dateline opening `lead` in that form, if it has one; the agency must be one
    /// `FurnitureLexicon.agencies` lists.
    static func hijriDated(_ lead: String) -> WireDateline? {
        let head = String(lead.unicodeScalars.prefix(headScalars))
        // «الموافق» first, by the words' keys as they are compared below: most leads have none,
        // and reading the dates of every lead's head (twice an article: for its date and its
        // outlet) was 0.4% of a build.
        let key = Array((" " + TextLine.wordKey(head) + " ").utf8)
        let word = onTheDayBytes
        guard key.count >= word.count,
            (0...(key.count - word.count)).contains(where: { start in
                word.indices.allSatisfy { key[start + $0] == word[$0] }
            })
        else { return nil }
        let scalars = Array(head.unicodeScalars)
        guard let date = ArabicDateParser.dates(in: head).first(where: \.isFullDate),
            date.range.upperBound <= scalars.count
        else { return nil }
        var before = words(String(String.UnicodeScalarView(scalars[..<date.range.lowerBound])))
        guard before.popLast() == onTheDay, let marker = before.popLast(), hijriMarkers.contains(marker),
            (1...3).contains(where: {
                $0 <= before.count && DatelinePlaces.contains(before.prefix($0).joined(separator: " "))
            })
        else { return nil }
        let rest = String(String.UnicodeScalarView(scalars[date.range.upperBound...]))
        var after = rest.split(whereSeparator: \.isWhitespace).map(String.init)
        var taken = 0
        if let first = after.first, gregorianMarkers.contains(first) {
            after.removeFirst()
            taken += 1
        }
        guard
            let agency = (1...2).reversed().lazy.filter({ $0 <= after.count })
                .map({ after.prefix($0).joined(separator: " ") })
                .first(where: { FurnitureLexicon.agencies.contains(TextLine.wordKey($0)) })
        else { return nil }
        // The tag runs from the lead's start through the agency's name.
        let dated = String(String.UnicodeScalarView(scalars[..<date.range.upperBound]))
        let tail = rest.split(whereSeparator: \.isWhitespace).prefix(taken).map(String.init) + [agency]
        return WireDateline(hijriTag: dated + " " + tail.joined(separator: " "), agency: agency)
    }

    private init(hijriTag: String, agency: String) {
        self.tag = hijriTag
        self.agency = agency
    }

    /// The words of `text` by their keys.
    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map { TextLine.wordKey(String($0)) }
    }

    /// How far into the lead the dateline may run, in scalars.
    private static let headScalars = 120
    private static let onTheDay = TextLine.wordKey("الموافق")
    /// `onTheDay` as a word of a key, with the spaces around it, in UTF-8.
    private static let onTheDayBytes = Array((" " + onTheDay + " ").utf8)
    private static let hijriMarkers: Set<String> = Set(["هـ", "ه", "هجري", "هجرية"].map(TextLine.wordKey))
    private static let gregorianMarkers: Set<String> = ["م", "م."]
}
