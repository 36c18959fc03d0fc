// A story copied with its sentences broken into lines by hand, no stop at their ends.
extension FurnitureClassifier {
    /// The fewest words of a line that opens a sentence broken by hand, over its second line:
    /// a headline that long is rare, and one standing over such a lead rarer still.
    static let brokenSentenceWords = 12

    /// The line right above the first paragraph when it is the opening of that paragraph's
    /// sentence, broken by hand: twelve words or more, no stop at its end, in the same block as
    /// the paragraph, which goes on with the conjunction «و» and does not end a sentence either
    /// («اجتمعت الحكومة اليوم في القصر الرئاسي برئاسة رئيس الجمهورية» over «وسيدرس المجلس
    /// مشاريع القوانين …»). A headline stands over a lead that opens on its own news and ends
    /// with a stop.
    static func brokenSentenceOpening(_ lines: [TextLine], _ roles: [Role?], above first: Int) -> Int? {
        let above = first - 1
        guard above >= 0, roles[above] == nil, lines[above].wordCount >= brokenSentenceWords,
            lines[above].block == lines[first].block, lines[above].isHeadlineLike, !lines[above].isListItem,
            lines[first].opensWithConjunction, !lines[first].endsSentence
        else { return nil }
        return above
    }
}
