import ArabicText

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

extension FurnitureClassifier {
    /// The most words of a figure that closes the story's last sentence on a line of its own.
    static let closingFigureWords = 3

    /// The line right under the story's last paragraph when it is that paragraph's end, broken
    /// off by hand at a figure: the paragraph ends with neither a stop nor a colon, and the line,
    /// three words or fewer, opens with a digit and ends the sentence («… وإعمار للتطوير بنسبة»
    /// over «8.26 %.»). A footer's line does not close a sentence with a stop.
    static func closingFigure(_ lines: [TextLine], _ roles: [Role?], after last: Int) -> Int? {
        let next = last + 1
        guard next < lines.count, roles[next] == nil, lines[next].wordCount <= closingFigureWords,
            lines[next].text.unicodeScalars.first.map(ScalarTraits.isNumeric) == true,
            lines[next].finalMark == ".", !lines[last].endsSentence, lines[last].lastScalar != ":"
        else { return nil }
        return next
    }
}
