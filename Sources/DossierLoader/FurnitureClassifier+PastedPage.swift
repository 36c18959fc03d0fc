// Another page pasted under the story with no headline of its own, told by its layout.
extension FurnitureClassifier {
    /// The fewest paragraphs, each in a block of its own, that show how the story lays out its text.
    static let laidOutParagraphs = 3

    /// The fewest lines of the block that opens another page laid out otherwise.
    static let pastedBlockLines = 3

    /// The first paragraph of another page pasted under the story without its headline, which
    /// lays out its paragraphs otherwise: after three paragraphs or more of the story, each in
    /// a block of its own (a blank line between paragraphs), a block of three paragraphs or
    /// more with no blank line between them. `classifyMiddle`
    /// weighs the section it opens as it weighs one under a headline: a story whose last
    /// paragraphs were copied without their blank lines tells the same story.
    /// `isBody` tells the story's lines among the furniture. Nil when the layout never
    /// changes, or changes before the story has shown it.
    static func pastedPageOpening(
        _ lines: [TextLine], _ roles: [Role?], from first: Int, through last: Int, isBody: (Int) -> Bool
    ) -> Int? {
        guard changesLayout(lines, from: first, through: last) else { return nil }
        var alone = 0
        var index = first
        while index <= last {
            var end = index
            while end < last, lines[end + 1].block == lines[index].block { end += 1 }
            let size = end - index + 1
            let startsBlock = index == 0 || lines[index - 1].block != lines[index].block
            if startsBlock, (index...end).allSatisfy({ roles[$0] == nil && isBody($0) }) {
                if size == 1 {
                    alone += 1
                } else if size >= pastedBlockLines, alone >= laidOutParagraphs {
                    return index
                } else {
                    return nil
                }
            }
            index = end + 1
        }
        return nil
    }

    /// Whether the blocks alone change layout as `pastedPageOpening` asks, whatever their lines
    /// are: a block of three lines or more after three of one line. Most pages do not, and their
    /// lines are not read.
    private static func changesLayout(_ lines: [TextLine], from first: Int, through last: Int) -> Bool {
        var singles = 0
        var index = first
        while index <= last {
            var end = index
            while end < last, lines[end + 1].block == lines[index].block { end += 1 }
            if end == index {
                singles += 1
            } else if end - index + 1 >= pastedBlockLines, singles >= laidOutParagraphs {
                return true
            }
            index = end + 1
        }
        return false
    }
}
