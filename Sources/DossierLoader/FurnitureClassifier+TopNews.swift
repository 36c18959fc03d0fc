// The heading of the site's top stories under the text.
extension FurnitureClassifier {
    /// The heading of a widget of the site's top stories («أهم الأخبار», `FurnitureLexicon.
    /// topNewsHeaders`) under a paragraph of the text: the stories it heads are others
    /// (`extendSections`, `classifyMiddle`). Above the text the same words may label a menu
    /// over the page's own headline, which stays the title.
    static func markTopNewsUnderText(_ lines: [TextLine], _ roles: inout [Role?]) {
        guard let first = lines.indices.first(where: { roles[$0] == nil && lines[$0].isParagraph }) else { return }
        for index in lines.indices.dropFirst(first + 1)
        where roles[index] == nil && lines[index].wordCount == 2
            && FurnitureLexicon.topNewsHeaders.contains(lines[index].key)
        {
            roles[index] = .furniture(.related)
        }
    }
}
