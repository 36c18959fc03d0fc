import ArabicText

// A "read also" label run into the links it announces.
extension LexicalFurniture {
    /// The most bytes before the colon of a label opening a line («إقرأ أيضاً:», «Read more:»):
    /// some thirty Arabic letters.
    private static let labelBytes = 60

    /// Whether `line` opens with a "read also" label and its colon, whatever its length: the
    /// label over links to other stories that the copy ran together on one line («اقرأ
    /// أيضاً:وزير المالية يعلن … المتوقعمنتخب الشباب يتأهل …»), set between the story's
    /// paragraphs. A sentence of the story never opens on such a label.
    static func opensWithReadAlsoLabel(_ line: TextLine) -> Bool {
        let utf8 = line.text.utf8
        guard let colon = utf8.prefix(labelBytes).firstIndex(of: UInt8(ascii: ":")) else { return false }
        return FurnitureLexicon.relatedHeaders.contains(TextLine.wordKey(String(line.text[..<colon])))
    }
}
