extension QuoteAnchor {
    /// `range` of `text` widened to whole words, for the nearest passage an orphan offers to
    /// be copied into `quote:`: an end inside a word (a word scalar on both sides of it,
    /// `ScalarTraits.isWordScalar`) moves out to the word's edge, and white space at either end
    /// is left out. A range of white space only is returned as it is.
    static func wholeWords(_ range: Range<Int>, in text: [Unicode.Scalar]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, ScalarTraits.isWhitespace(text[lower]) { lower += 1 }
        while upper > lower, ScalarTraits.isWhitespace(text[upper - 1]) { upper -= 1 }
        guard lower < upper else { return range }
        while lower > 0, ScalarTraits.isWordScalar(text[lower - 1]), ScalarTraits.isWordScalar(text[lower]) {
            lower -= 1
        }
        while upper < text.count, ScalarTraits.isWordScalar(text[upper - 1]), ScalarTraits.isWordScalar(text[upper]) {
            upper += 1
        }
        return lower..<upper
    }
}
