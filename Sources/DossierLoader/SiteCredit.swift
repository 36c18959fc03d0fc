import Foundation

/// A credit line naming the site and its reporter, «صدى الشعب – سليمان أبو خرمة», told from a
/// sentence's dashes by the page itself: the name before the dash is printed elsewhere on the
/// page as a line of its own (the masthead «صدى الشعب», or «صحيفة صدى الشعب»). Without that,
/// «name – name» could be a place and a person, or two people.
struct SiteCredit: Sendable {
    /// The word keys of the page's short lines (four words or fewer), and of them without a
    /// publication word first («صحيفه صدي الشعب» → «صدي الشعب»): the names the page prints,
    /// each with the first line that prints it.
    private let printedNames: [String: String]

    init(page lines: [TextLine]) {
        var names: [String: String] = [:]
        for line in lines.reversed() where line.wordCount <= 4 && !line.key.isEmpty {
            names[line.key] = line.text
            let words = line.key.split(separator: " ")
            if words.count >= 2, OutletDetector.publicationKinds.contains(String(words[0])) {
                names[words.dropFirst().joined(separator: " ")] = line.text
            }
        }
        printedNames = names
    }

    /// The masthead credits, each after the space that parts it from the site's name: made
    /// once, not for each line asked.
    private static let spacedMastheadCredits = FurnitureLexicon.mastheadCredits.map { " " + $0 }

    /// The site named by `line` when it is the masthead's credit after the site's name, as the
    /// page prints that name on its own line: the name, then a masthead credit
    /// (`FurnitureLexicon.mastheadCredits`) and the editor's name, spaced or run into it as a
    /// copy of the header prints them («المشهد اليمني رئيس التحريرعبد الرحمن البيل» under
    /// «المشهد اليمني»). A headline naming an editor opens with its own words, not with the
    /// site's name.
    func mastheadSite(_ line: TextLine) -> String? {
        guard line.wordCount <= 12, !line.endsSentence else { return nil }
        for credit in Self.spacedMastheadCredits {
            if let range = line.key.range(of: credit),
                let name = printedNames[String(line.key[..<range.lowerBound])]
            {
                return name
            }
        }
        return nil
    }

    /// The site `line` credits: a line of its own, two names joined by a dash and nothing
    /// else, the first printed elsewhere on the page; nil for any other line.
    func site(creditedBy line: TextLine) -> String? {
        guard line.wordCount <= 8, !line.endsSentence else { return nil }
        let (segments, tag) = BylineSegments.parse(line.text, wholeLine: true)
        guard segments.count == 2, !segments.contains(where: \.parenthesized),
            tag == line.text.trimmingCharacters(in: .whitespaces)
        else { return nil }
        let site = segments[0].text
        let key = TextLine.wordKey(site)
        guard key != line.key, printedNames[key] != nil, !DatelinePlaces.contains(site),
            OutletDetector.isCreditName(segments[1].text, words: 4, marks: "«»\"“”:،,|")
        else { return nil }
        return site
    }
}
