import ArabicText

// Another story's text run into one line above the headline, and a story cut short in its lead.
extension FurnitureClassifier {
    /// Whether the page's first prose line `top` is text of other stories run into one line
    /// above the page's headline rather than the story's lead: a ticker whose headlines lost
    /// their breaks («… المشترك؟ما تفاصيل الانسحاب …»), long enough to read as prose, or a
    /// teaser's sentence with its link's label glued after it («… الساعة 5 مساء. إعلان نتائج
    /// التوجيهي»). It holds more text after a sentence's end (`holdsInnerBreak`) but does not
    /// end like a sentence itself; no open line of three words or more stands above it; the line right under it is headline-like, three words or more, and shares a
    /// word with `lead`, the next prose line, which stands under it with nothing between but
    /// furniture and lines of one or two words (a source's tag, «وكالة_ثقة») and ends like a
    /// sentence, or is the page's cut last line (`isCutLastParagraph`). A site that ends its
    /// lead with a stop ends its first paragraph so too: a lead left open over a subheading
    /// stands over paragraphs left open as well. A lead of one sentence that lost its stop, in
    /// a copy of the body alone, holds no sentence's end inside it.
    static func isRunOnAboveHeadline(_ top: Int, lead: Int, _ lines: [TextLine], _ roles: [Role?]) -> Bool {
        let headline = top + 1
        func isMinor(_ index: Int) -> Bool { roles[index] != nil || lines[index].wordCount <= 2 }
        guard !lines[top].endsSentence, holdsInnerBreak(lines[top].text), headline < lead, roles[headline] == nil,
            lines[headline].isHeadlineLike,
            lines[headline].wordCount >= 3, !lines[headline].isListItem,
            lines[lead].endsSentence || (lead == lines.count - 1 && isCutLastParagraph(lines[lead])),
            (0..<top).allSatisfy(isMinor), ((headline + 1)..<lead).allSatisfy(isMinor)
        else { return false }
        return overlapCount(lines[headline].tokens, lines[lead].tokens) > 0
    }

    /// Whether `text` holds a sentence's end with more words after it: a stop, a question or
    /// exclamation mark, or an ellipsis, before a letter further on (a figure's decimal point,
    /// «3.5», aside).
    static func holdsInnerBreak(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        let marks: Set<Unicode.Scalar> = [".", "؟", "?", "!", "…"]
        guard let lastLetter = scalars.lastIndex(where: ScalarTraits.isAlphabetic) else { return false }
        return scalars[..<lastLetter].indices.contains { index in
            guard marks.contains(scalars[index]) else { return false }
            let isDecimal =
                scalars[index] == "." && index > 0 && ScalarTraits.isNumeric(scalars[index - 1])
                && ScalarTraits.isNumeric(scalars[index + 1])
            return !isDecimal
        }
    }

    /// Whether `line`, the page's last, reads as a paragraph cut mid-sentence: ten words or
    /// more with a comma inside and no stop at its end (a caption under a story has a comma
    /// too, but the page's footer follows it).
    static func isCutLastParagraph(_ line: TextLine) -> Bool {
        !line.endsSentence && line.wordCount >= 10 && line.text.dropLast().contains { $0 == "،" || $0 == "," }
    }
}
