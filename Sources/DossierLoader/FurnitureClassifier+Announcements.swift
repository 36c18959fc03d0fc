import ArabicText

// A sentence announcing what follows, at the head of a section under a subheading.
extension FurnitureClassifier {
    /// Whether `line`, kept as the story's by `introducedLists` (`listed`), is a sentence of
    /// `announcingWords` words or more ending with a colon that names something the story told
    /// (`told`: «… أمام المحكمة، جاءت الأحكام على النحو التالي:» in a story on the court's
    /// sentences): it goes on with the story into what it announces, even when the copy cut
    /// that off. A teaser of another story opens with its lead's news, not with a colon, and a
    /// widget's label («سحابة الكلمات المفتاحية، مما يبحث عنه الزوار …:») names none of the
    /// story's words.
    static func announcesWhatFollows(_ line: TextLine, listed: Bool, told: Set<TokenText>) -> Bool {
        listed && line.lastScalar == ":" && line.wordCount >= announcingWords && !told.isDisjoint(with: line.tokens)
    }
}
