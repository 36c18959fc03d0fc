// An author's name under an honorific in the header, as columns print it over their headline.
extension FurnitureClassifier {
    /// Honorifics a columnist's name is printed with, as word keys.
    private static let honorifics: Set<String> = Set(
        ["د.", "د", "أ.د.", "الدكتور", "الدكتورة", "الأستاذ", "الأستاذة", "المهندس", "المهندسة", "Dr.", "Prof."]
            .map(TextLine.wordKey))

    /// Whether `line` is only a person's name after an honorific («د. جيمس الزغبي», «الدكتورة
    /// سعاد الحسن»): two or three words of letters after it. In a page's header that is the
    /// author of a column, never its headline, however few words the headline shares with the
    /// lead.
    static func isHonoredName(_ line: TextLine) -> Bool {
        // The words counted first: most candidates are longer, and are not split.
        guard (3...4).contains(line.wordCount) else { return false }
        let words = line.text.split(whereSeparator: \.isWhitespace)
        guard (3...4).contains(words.count), honorifics.contains(TextLine.wordKey(String(words[0]))) else {
            return false
        }
        return words.dropFirst().allSatisfy { $0.allSatisfy(\.isLetter) }
    }
}
