/// The label of a blog's links to the previous and next posts («تصفّح المقالات», «Post
/// navigation»), which a copy that lost the line break runs into the end of the story's last
/// paragraph («… في ختام الجلسة.تصفّح المقالات»): the page's menu, not the story's words.
enum PostNavigation {
    /// The labels, as word keys (`TextLine.key`).
    static let labels: [String] = [
        "تصفّح المقالات", "تصفح المواضيع", "تصفح المنشورات", "التنقل بين المقالات", "التنقل بين المواضيع",
        "post navigation", "navigation des articles",
    ]
    .map(TextLine.wordKey)

    /// The labels' bytes, each after a space: what a line's key ends with when it ends with one.
    private static let suffixes: [[UInt8]] = labels.map { Array((" " + $0).utf8) }

    /// The last bytes of the labels: a key ending with another byte has none of them.
    private static let lastBytes = Set(suffixes.compactMap(\.last))

    /// How far from the end of a line the label may start, in characters: the longest label
    /// and the marks around it.
    private static let reach = 40

    /// Where a label glued to the end of `line`'s text starts: the label ends the line, with no
    /// mark after it, and a sentence's end stands right before it, a space between or not. A
    /// sentence that ends on the label's words («… يتيح للقراء تصفح المقالات.») keeps them.
    static func gluedLabel(in line: TextLine) -> String.Index? {
        // Cheapest first (it is asked of every paragraph): the key's last byte, then its bytes
        // ending with a label's words after another word.
        let key = line.key.utf8
        guard let last = key.last, lastBytes.contains(last),
            let found = suffixes.firstIndex(where: { key.count > $0.count && key.suffix($0.count).elementsEqual($0) }),
            line.text.last?.isLetter == true
        else { return nil }
        let label = labels[found]
        let text = line.text
        var start = text.index(text.endIndex, offsetBy: -min(reach, text.count))
        while start < text.endIndex {
            if text[start].isLetter, endsSentence(before: start, in: text),
                TextLine.wordKey(String(text[start...])) == label
            {
                return start
            }
            start = text.index(after: start)
        }
        return nil
    }

    /// Whether a sentence's end mark stands right before `index`, spaces aside.
    private static func endsSentence(before index: String.Index, in text: String) -> Bool {
        let before = text[..<index].reversed().drop(while: \.isWhitespace)
        guard let mark = before.first else { return false }
        return sentenceEnds.contains(mark) && before.count > 1
    }

    private static let sentenceEnds: Set<Character> = [".", "؟", "?", "!", "…", "»", "\"", "”"]
}
