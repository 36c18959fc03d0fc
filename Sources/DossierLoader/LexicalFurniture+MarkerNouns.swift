import ArabicText

// Headlines that open with a word a byline opens with too.
extension LexicalFurniture {
    /// Whether `line` is a headline opening with a byline marker that is also a noun
    /// (`FurnitureLexicon.markerNouns`: «تحديث أوزان الشركات في المؤشر العام …», «نشر قوات
    /// أممية على الحدود الجنوبية للبنان», «مصدر أمني يكشف تفاصيل الهجوم على الحاجز»): the
    /// marker runs on into six words or more, with no colon or date on the line. A byline goes
    /// on after its marker with a colon, a date or a time («تحديث: 12:30», «نشر في 3 مارس
    /// 2024»), or with a name of a few words («إعداد محمد علي»).
    static func opensWithMarkerNoun(_ line: TextLine) -> Bool {
        guard line.wordCount >= 6, let first = line.key.split(separator: " ").first,
            FurnitureLexicon.markerNouns.contains(String(first)), !line.text.contains(":")
        else { return false }
        // The marker's own word runs on into a word of letters: «تحديث:» or «نشر-» is a stamp.
        let words = line.text.split(whereSeparator: \.isWhitespace)
        guard words.count >= 2, words[0].allSatisfy(\.isLetter), words[1].first?.isLetter == true else {
            return false
        }
        return ArabicDateParser.dates(in: line.text).isEmpty
    }
}
