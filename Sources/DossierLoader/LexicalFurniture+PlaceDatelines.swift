import ArabicText

// Lines that name where and by whom the story was filed, with no outlet's name: a place's
// dateline with the date alone after it, and a report's credit to its writer.
extension LexicalFurniture {
    /// A place's dateline on a line of its own: a listed place, a dash, then a date line and
    /// nothing else («طرابلس – الخميس 2 أكتوبر 2025», «عمان - 5/5/2024»). A headline after a
    /// place and a dash goes on with words, not only a date. The caller asks it only of short
    /// lines that hold a date.
    static func isPlaceDateline(_ text: String) -> Bool {
        guard let dash = text.firstIndex(where: { placeDatelineDashes.contains($0) }) else { return false }
        let place = text[..<dash].trimmingCharacters(in: .whitespaces)
        let date = text[text.index(after: dash)...].trimmingCharacters(in: .whitespaces)
        return !place.isEmpty && DatelinePlaces.contains(place) && DateSupport.isDateLine(date)
    }

    private static let placeDatelineDashes: Set<Character> = ["-", "\u{2013}", "\u{2014}", "\u{0640}"]

    /// A report's credit to its writer on a line of its own: a label of the kind of piece
    /// («تقرير», «تغطية», «متابعة»), a colon, and a name of two or three words of letters
    /// («تقرير: خالد مصطفى»). A headline with such a kicker says more («تقرير: الأمم المتحدة
    /// تحذر من مجاعة في غزة»).
    static func isReportersCredit(_ line: TextLine) -> Bool {
        // Only three or four words, the label first: most lines are gone before any parse.
        guard (3...4).contains(line.wordCount), case let first = line.key.prefix(while: { $0 != " " }),
            reportLabels.contains(String(first)), let colon = line.text.firstIndex(of: ":"),
            TextLine.wordKey(String(line.text[..<colon])) == first
        else { return false }
        let name = line.text[line.text.index(after: colon)...].split(whereSeparator: \.isWhitespace)
        return (2...3).contains(name.count) && name.allSatisfy { $0.allSatisfy(\.isLetter) }
    }

    /// Labels of a piece's kind that a credit to its writer opens with, as word keys.
    private static let reportLabels: Set<String> = Set(["تقرير", "تغطية", "متابعة"].map(TextLine.wordKey))
}
