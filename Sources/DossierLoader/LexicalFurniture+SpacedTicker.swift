/// A news ticker that a select-all copy gives as one line.
extension LexicalFurniture {
    /// The fewest headlines of a ticker copied as one line.
    private static let spacedTickerItems = 3

    /// The most bytes before a ticker's first run of spaces: its first item, twenty Arabic words.
    private static let firstItemReach = 320

    /// A ticker copied as one line: three headlines or more joined by runs of three spaces or
    /// more, as a marquee's items come out of a select-all copy («ارتفاع اسعار الذهب    تراجع
    /// اسعار النفط    المنتخب الوطني يواصل تحضيراته …»). Each item runs two to twenty words and
    /// none closes with a full stop or a colon; a paragraph's stray double spaces make no such run.
    static func isSpacedTicker(_ text: String) -> Bool {
        // The runs are counted on the bytes first: nearly no line has two of them, and a line
        // with none in its first item's reach is no ticker, however long it runs (this is asked
        // of every line).
        var bytesOfText = text
        let runs = bytesOfText.withUTF8 { bytes in
            var count = 0
            var spaces = 0
            for (offset, byte) in bytes.enumerated() {
                if byte == 0x20 {
                    spaces += 1
                } else {
                    if spaces >= 3 { count += 1 }
                    spaces = 0
                }
                if count == 0, offset >= firstItemReach { return 0 }
            }
            return count
        }
        guard runs >= spacedTickerItems - 1 else { return false }
        let items = text.split(separator: "   ").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        guard items.count >= spacedTickerItems else { return false }
        return items.allSatisfy { item in
            let words = item.split(whereSeparator: \.isWhitespace).count
            return (2...20).contains(words) && !(item.last.map { ".:".contains($0) } ?? false)
        }
    }
}
