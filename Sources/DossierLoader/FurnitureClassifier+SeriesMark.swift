import ArabicText

extension FurnitureClassifier {
    /// How a section's head marks it as one of a series the story sets out: an interview's
    /// question turn («س: وماذا عن المستشفيات؟»), an ordinal («ثالثاً: مشتريات البنوك
    /// المركزية»), or a number («3- …»). A head marked as lines the story kept above it is the
    /// next of the story's series, not another story's headline.
    enum SeriesMark: Hashable {
        case interviewTurn
        case ordinal
        case number

        /// The mark of `head`, or nil when it has none.
        init?(_ head: TextLine) {
            if head.isInterviewTurn {
                self = .interviewTurn
            } else if let first = head.key.split(separator: " ").first, Self.ordinals.contains(String(first)) {
                self = .ordinal
            } else if let first = head.text.unicodeScalars.first(where: { !ScalarTraits.isWhitespace($0) }),
                ScalarTraits.isNumeric(first), head.isListItem
            {
                self = .number
            } else {
                return nil
            }
        }

        /// The ordinals that head the points of a list («أولاً», «ثانياً», … «أخيراً»), as keys.
        private static let ordinals = Set(
            "أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا|أخيرا".split(separator: "|").map {
                TextLine.wordKey(String($0))
            })
    }
}
