/// A table copied with its cells spaced out, which reads line by line as tickers.
extension FurnitureClassifier {
    /// Gives back to the later passes the rows of a table that the lexical pass took for
    /// tickers: two lines or more one under the other, each joining as many items by runs of
    /// spaces (`LexicalFurniture.spacedTickerItems`), as a table's rows of rates, prices or
    /// standings come out of a select-all copy («الدولار الأمريكي    سعر الشراء 48.50 جنيه    سعر
    /// البيع 48.60 جنيه», then the euro's row). A ticker copied as one line is a line alone, and
    /// two of them in a row would hardly run to the same count.
    static func unmarkTableRows(_ lines: [TextLine], _ roles: inout [Role?]) {
        let items = lines.indices.map { index in
            roles[index] == .furniture(.ticker) ? LexicalFurniture.spacedTickerItems(lines[index].text) : nil
        }
        for index in lines.indices.dropFirst() {
            guard let count = items[index], items[index - 1] == count else { continue }
            roles[index - 1] = nil
            roles[index] = nil
        }
    }
}
