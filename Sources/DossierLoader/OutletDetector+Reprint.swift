import ArabicText

extension OutletDetector {
    /// The publication an aggregator's reprint names on its publication line: «نشر في الشروق
    /// الجديد يوم 16 - 09 - 2023», «نُشر في جريدة الأيام بتاريخ 3 مارس 2024». A site that
    /// gathers other papers' articles prints where each first appeared there, and its own
    /// name only in its footer («Masress © 2023»): the article is the paper's. The name is one
    /// to four words of letters between «نشر في» and «يوم» or «بتاريخ», a full date right after.
    static func reprintCredit(_ text: String) -> Detection? {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count >= 5, reprintMarkers.contains(TextLine.wordKey(words[0])),
            TextLine.wordKey(words[1]) == "في",
            let dayWord = words.indices.dropFirst(2).first(where: {
                reprintDateWords.contains(TextLine.wordKey(words[$0]))
            })
        else { return nil }
        let name = words[2..<dayWord]
        guard (1...4).contains(name.count), name.allSatisfy({ $0.allSatisfy(\.isLetter) }),
            !FurnitureLexicon.weekdays.contains(TextLine.wordKey(name[name.startIndex]))
        else { return nil }
        let rest = words[(dayWord + 1)...].joined(separator: " ")
        guard let date = ArabicDateParser.dates(in: rest).first, date.isFullDate,
            rest.unicodeScalars.prefix(date.range.lowerBound).allSatisfy({ !$0.properties.isAlphabetic })
        else { return nil }
        return detection(named: name.joined(separator: " "), evidence: text)
    }

    /// The verbs that open a reprint's publication line, as `TextLine.wordKey` writes them.
    private static let reprintMarkers: Set<String> = ["نشر", "نشرت"]

    /// The words that close the publication's name and introduce the date, as `TextLine.wordKey`
    /// writes them.
    private static let reprintDateWords: Set<String> = ["يوم", "بتاريخ"]

    /// The paper an aggregator's masthead names after its own, when the page credits that
    /// paper again on a line of its own: «موقع كل يوم -نبض السودان» over «متابعات- نبض
    /// السودان» (the aggregator, a dash, then the source of the story it gathered). A tagline
    /// after a site's name is printed nowhere else. Nil unless `masthead` is two names joined
    /// by a dash and another of `lines` is that second name and credits naming no one
    /// («متابعات», «خاص») or listed places, joined by dashes.
    static func aggregatedSource(masthead: String, lines: [String]) -> Detection? {
        let (segments, tag) = BylineSegments.parse(masthead, wholeLine: true)
        guard segments.count == 2, !segments.contains(where: \.parenthesized),
            tag == masthead.trimmingCharacters(in: .whitespaces)
        else { return nil }
        let source = segments[1].text
        let key = TextLine.wordKey(source)
        guard isCreditName(source, words: 3, marks: tagMarks) else { return nil }
        for line in lines where line != masthead {
            let (parts, partsTag) = BylineSegments.parse(line, wholeLine: true)
            guard parts.count >= 2, partsTag == line.trimmingCharacters(in: .whitespaces),
                parts.contains(where: { TextLine.wordKey($0.text) == key })
            else { continue }
            let others = parts.filter { TextLine.wordKey($0.text) != key }
            if others.allSatisfy({ isGenericCredit($0.text) || DatelinePlaces.contains($0.text) }) {
                return detection(named: source, evidence: line.trimmingCharacters(in: .whitespaces))
            }
        }
        return nil
    }
}
