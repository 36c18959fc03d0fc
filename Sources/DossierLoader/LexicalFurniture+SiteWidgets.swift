// Widgets that speak of the site itself.
extension LexicalFurniture {
    /// Word keys that close a widget's heading naming the site («المستجدات في الموقع», «الأكثر
    /// قراءة على الموقع», «ابحث في الموقع», «جديد موقعنا»).
    private static let siteWords: Set<Substring> = ["الموقع", "بالموقع", "للموقع", "موقعنا"]

    /// The most words such a heading has.
    private static let siteHeadingWords = 4

    /// Whether `line` is the heading of one of the site's widgets in the page header: four words
    /// at most, no sentence's end, the last word the site («… في الموقع»). A headline names
    /// its news, not the page it stands on.
    static func namesTheSite(_ line: TextLine) -> Bool {
        guard line.wordCount <= siteHeadingWords, !line.endsSentence, let space = line.key.lastIndex(of: " ")
        else { return false }
        return siteWords.contains(line.key[line.key.index(after: space)...])
    }
}
