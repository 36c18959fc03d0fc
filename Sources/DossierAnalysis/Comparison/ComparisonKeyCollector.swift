import ArabicText

/// The comparison keys of an article's paragraphs (`ComparisonTerms.keys(of:)` of each), read
/// from the tokens its scan makes of the title and body (`TokenizedPiece`), so that the body is
/// not normalised and tokenised a second time for the comparison.
///
/// The keys are the same as the paragraphs' own: the scanned text is the title and the
/// paragraphs joined by blank lines, no token spans a line break, and the L1 key of a piece is
/// the keys of its parts put together (`TextChunks`).
package struct ComparisonKeyCollector {
    /// Where each paragraph starts in the scanned text, in L0 scalars.
    private let starts: [Int]
    /// The keys of each paragraph so far.
    package private(set) var keys: [[String]]
    /// The paragraph the last token was in (-1: the title).
    private var paragraph = -1

    /// A collector for a scanned text whose body starts at scalar `bodyStart` and whose
    /// paragraphs start at `offsets` in the body.
    package init(bodyStart: Int, offsets: [Int]) {
        starts = offsets.map { bodyStart + $0 }
        keys = Array(repeating: [], count: offsets.count)
    }

    /// Adds the compared tokens of `piece`, the next piece of the scanned text.
    package mutating func add(_ piece: TokenizedPiece) {
        for token in piece.tokens where ComparisonTerms.isCompared(token) {
            let start = piece.offset + token.sourceRange.lowerBound
            while paragraph + 1 < starts.count, starts[paragraph + 1] <= start { paragraph += 1 }
            if paragraph >= 0 { keys[paragraph].append(token.text) }
        }
    }
}
