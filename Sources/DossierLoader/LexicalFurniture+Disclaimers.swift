import ArabicText

// A site's disclaimer about the text it printed.
extension LexicalFurniture {
    /// The most words of a disclaimer: a sentence or two.
    private static let disclaimerWords = 80

    /// Whether `line` is a site's disclaimer about what it printed: it names the text itself
    /// («مضمون هذا الخبر», «هذا المقال»), disowns it («ولا يعبر عن وجهة نظر الموقع») and says
    /// whose it is («رأي كاتبه», «نقل بمحتواه كما هو»), as aggregators close every story they
    /// copy and opinion pages every column. The story disowns other texts («التصريحات لا تعبر
    /// عن رأي الحكومة»), and reports a denial in a sentence opening on its speaker («وأكدت
    /// الوزارة أن هذا الخبر …») or quoting it («المتحدث: هذا الخبر لا يعبر عن وجهة نظر
    /// الوزارة»), which says nothing of whose the text is.
    static func isDisclaimer(_ line: TextLine) -> Bool {
        guard line.wordCount <= disclaimerWords, FurnitureLexicon.disclaimerDenials.isFound(in: line.key),
            FurnitureLexicon.disclaimerSubjects.isFound(in: line.key),
            FurnitureLexicon.disclaimerOwners.isFound(in: line.key)
        else { return false }
        return !line.opensLikeContinuation
    }
}
