/// A table copied with its cells spaced out: its rows are the story's.
extension FurnitureClassifier {
    /// Gives back to the later passes the rows of a table that the lexical pass took for
    /// tickers: two lines or more one under the other, each parting as many cells by runs of
    /// spaces (`spacedCells`), as a table's rows of rates, prices or standings come out of a
    /// select-all copy («الدولار الأمريكي    سعر الشراء 48.50 جنيه    سعر البيع 48.60 جنيه», then
    /// the euro's row). A ticker copied as one line is a line alone, and two of them in a row
    /// would hardly run to the same count.
    static func unmarkTableRows(_ lines: [TextLine], _ roles: inout [Role?]) {
        let cells = lines.indices.map { roles[$0] == .furniture(.ticker) ? spacedCells(lines[$0].text) : 0 }
        for index in lines.indices.dropFirst() where cells[index] > 0 && cells[index - 1] == cells[index] {
            roles[index - 1] = nil
            roles[index] = nil
        }
    }

    /// The rows of tables inside the story: two lines or more one under the other, each
    /// parting as many cells (two or more) by runs of three spaces or more or by tabs, with a
    /// paragraph of the story above them and one below («الفجر    4:12 صباحا», then «الظهر
    /// 12:31 ظهرا»: prayer times, rates, results). They read as the story's list, so they
    /// neither head a section of their own nor end the body; a menu copied the same way
    /// stands above the story.
    static func tableRows(_ lines: [TextLine], _ roles: [Role?]) -> Set<Int> {
        let isOpenParagraph = { (index: Int) in roles[index] == nil && lines[index].isParagraph }
        guard let firstParagraph = lines.indices.first(where: isOpenParagraph),
            let lastParagraph = lines.indices.last(where: isOpenParagraph)
        else { return [] }
        // A row is short: a long line is no row, and its bytes need not be looked at.
        let cells = lines.indices.map { index in
            roles[index] == nil && lines[index].wordCount <= 30 ? spacedCells(lines[index].text) : 0
        }
        var rows = Set<Int>()
        var start = firstParagraph + 1
        while start < lastParagraph {
            var end = start + 1
            while end < lastParagraph, cells[end] == cells[start] { end += 1 }
            if cells[start] >= 2, end - start >= 2 { rows.formUnion(start..<end) }
            start = end
        }
        return rows
    }

    /// How many cells `text` parts by runs of three spaces or more, or by tabs; 0 when it has
    /// no such run (most lines: their bytes are looked at first).
    static func spacedCells(_ text: String) -> Int {
        var bytesOfText = text
        let parted = bytesOfText.withUTF8 { bytes in
            var spaces = 0
            for byte in bytes {
                if byte == 0x09 { return true }
                spaces = byte == 0x20 ? spaces + 1 : 0
                if spaces == 3 { return true }
            }
            return false
        }
        guard parted else { return 0 }
        let cells = text.replacingOccurrences(of: "\t", with: "   ").components(separatedBy: "   ")
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return cells.count
    }
}
