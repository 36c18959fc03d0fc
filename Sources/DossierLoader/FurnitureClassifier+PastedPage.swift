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
        let blocks = blockRuns(lines, from: first, through: last)
        guard changesLayout(blocks) else { return nil }
        var alone = 0
        for block in blocks {
            let startsBlock =
                block.lowerBound == 0 || lines[block.lowerBound - 1].block != lines[block.lowerBound].block
            guard startsBlock, block.allSatisfy({ roles[$0] == nil && isBody($0) }) else { continue }
            if block.count == 1 {
                alone += 1
            } else if block.count >= pastedBlockLines, alone >= laidOutParagraphs {
                return block.lowerBound
            } else {
                return nil
            }
        }
        return nil
    }

    /// The runs of lines of one block from `first` through `last`, in order.
    private static func blockRuns(_ lines: [TextLine], from first: Int, through last: Int) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        var index = first
        while index <= last {
            var end = index
            while end < last, lines[end + 1].block == lines[index].block { end += 1 }
            runs.append(index...end)
            index = end + 1
        }
        return runs
    }

    /// Whether the blocks alone change layout as `pastedPageOpening` asks, whatever their lines
    /// are: a block of three lines or more after three of one line. Most pages do not, and their
    /// lines are not read.
    private static func changesLayout(_ blocks: [ClosedRange<Int>]) -> Bool {
        var singles = 0
        for block in blocks {
            if block.count == 1 {
                singles += 1
            } else if block.count >= pastedBlockLines, singles >= laidOutParagraphs {
                return true
            }
        }
        return false
    }
}
