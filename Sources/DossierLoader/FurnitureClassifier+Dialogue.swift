/// A transcript's turns: lines that each open with the speaker's name and a colon.
extension FurnitureClassifier {
    /// The most words of a speaker's label before the colon that opens a turn.
    static let speakerLabelWords = 3

    /// The fewest words a turn says after its speaker's label.
    static let turnWords = 5

    /// An interview's transcript, its turns in a row, each opening with the speaker's name and
    /// a colon («رواد طه: السيد توم فليتشر، شكراً …», «توم فليتشر: شكراً لك …», «رواد طه:
    /// بالفعل …»): three or more open lines in a row, each a turn of five words or more, two
    /// speakers or more, the first of them speaking again, and one turn at least read as prose.
    /// The turns are the story, the first one too, however short or unstopped: it is no
    /// headline, though a headline quoting a speaker has its shape («البارزاني: …»); such a
    /// headline stands over prose, not over another speaker's answer and its own next turn. A
    /// ticker's items labelled with their sections («رياضة: …») are no prose.
    static func dialogueTurns(_ lines: [TextLine], _ roles: [Role?]) -> Set<Int> {
        var result = Set<Int>()
        var index = 0
        while index < lines.count {
            var end = index
            var speakers: [String] = []
            while end < lines.count, roles[end] == nil, let speaker = speakerLabel(lines[end]) {
                speakers.append(speaker)
                end += 1
            }
            if speakers.count >= 3, Set(speakers).count >= 2, speakers.dropFirst().contains(speakers[0]),
                (index..<end).contains(where: { lines[$0].isParagraph })
            {
                result.formUnion(index..<end)
            }
            index = max(end, index + 1)
        }
        return result
    }

    /// The speaker's name that opens `line` before a colon, as a word key: one to three words
    /// of letters, not a menu's section, with five words or more after the colon; nil when the
    /// line opens no turn.
    static func speakerLabel(_ line: TextLine) -> String? {
        // The colon is looked for in the bytes (most lines have none): walking the first forty
        // characters of every line was 1.3% of a build.
        guard let colon = line.text.utf8.prefix(4 * 40).firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let label = line.text[..<colon]
        guard label.count < 40 else { return nil }
        guard !label.contains(where: { !$0.isLetter && !$0.isWhitespace && $0 != "\u{0640}" }) else { return nil }
        let key = TextLine.wordKey(String(label))
        let words = key.split(separator: " ").count
        guard (1...speakerLabelWords).contains(words), !FurnitureLexicon.navigationLines.contains(key),
            line.wordCount - words >= turnWords
        else { return nil }
        return key
    }
}
