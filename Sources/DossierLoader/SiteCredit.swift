import Foundation

/// A credit line naming the site and its reporter, «صدى الشعب – سليمان أبو خرمة», told from a
/// sentence's dashes by the page itself: the name before the dash is printed elsewhere on the
/// page as a line of its own (the masthead «صدى الشعب», or «صحيفة صدى الشعب»). Without that,
/// «name – name» could be a place and a person, or two people.
struct SiteCredit: Sendable {
    /// The word keys of the page's short lines (four words or fewer), and of them without a
    /// publication word first («صحيفه صدي الشعب» → «صدي الشعب»): the names the page prints.
    private let printedNames: Set<String>

    init(page lines: [TextLine]) {
        var names: Set<String> = []
        for line in lines where line.wordCount <= 4 && !line.key.isEmpty {
            names.insert(line.key)
            let words = line.key.split(separator: " ")
            if words.count >= 2, OutletDetector.publicationKinds.contains(String(words[0])) {
                names.insert(words.dropFirst().joined(separator: " "))
            }
        }
        printedNames = names
    }

    /// Whether `line` is the masthead's credit after the site's name: a name the page prints
    /// as a line of its own, then a masthead credit (`FurnitureLexicon.mastheadCredits`) and
    /// the editor's name, spaced or run into it as a copy of the header prints them («المشهد
    /// اليمني رئيس التحريرعبد الرحمن البيل» under «المشهد اليمني»). A headline naming an
    /// editor opens with its own words, not with the site's name.
    func isMastheadCredit(_ line: TextLine) -> Bool {
        guard line.wordCount <= 12, !line.endsSentence else { return false }
        return FurnitureLexicon.mastheadCredits.contains { credit in
            guard let range = line.key.range(of: " " + credit) else { return false }
            return printedNames.contains(String(line.key[..<range.lowerBound]))
        }
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
        guard key != line.key, printedNames.contains(key), !DatelinePlaces.contains(site),
            OutletDetector.isCreditName(segments[1].text, words: 4, marks: "«»\"“”:،,|")
        else { return nil }
        return site
    }
}
