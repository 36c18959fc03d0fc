import ArabicText

/// A paragraph with a foreign line glued to its end: a copy that lost a line break runs a
/// headline, caption or form label into the paragraph before it («… غير القانونية. 44 مليون
/// دولار من الملياردير إلى الرئيس»). The line then no longer ends like a sentence and is
/// short, so by its shape alone it would read as a headline; what it opens with, a complete
/// sentence of running prose, says it is a paragraph.
enum GluedTail {
    /// Scalars that end a sentence inside a line. An ellipsis («..», «...», «…») is judged on
    /// its own (`isTrailingSentence`): it mostly joins the two halves of a headline.
    private static let terminals: Set<Unicode.Scalar> = [".", "؟", "?", "!", "۔"]

    /// True when `text` opens with prose, words up to a sentence terminal that would be a
    /// paragraph on their own line (six words or more before a full stop, sixteen before a
    /// question or exclamation mark, as `TextLine.isProse` asks), and more text follows on
    /// the same line that is not the credit of a caption («… في موسكو. (رويترز)», «… on
    /// Monday. Photo: AFP»): a caption keeps its credit, a paragraph does not carry one.
    ///
    /// An ellipsis ends prose only after a long clause-punctuated run (`isTrailingSentence`):
    /// a quote that trails off («"لدي تصريح سري للغاية، لكن، يجب أن أقول، مثل معظم الأشياء
    /// التي أعرفها..."») with a headline glued after it.
    static func opensWithProse(_ text: String) -> Bool {
        let scalars = text.decodedScalars()
        for index in scalars.indices where terminals.contains(scalars[index]) || scalars[index] == "…" {
            var next = index + 1
            let ellipsis = scalars[index] == "…" || (index > 0 && scalars[index - 1] == ".")
            // The first dots of «..» or «...».
            if next < scalars.count, scalars[next] == "." { continue }
            // A title or an initial before a name («M. Saïd», «Dr. Smith», «J. Doe»).
            if !ellipsis, scalars[index] == ".", isAbbreviation(before: index, in: scalars) { continue }
            while next < scalars.count, TextLine.closers.contains(scalars[next]) { next += 1 }
            // A terminal inside a word («3.5», «www.site») is no sentence end.
            guard next < scalars.count, ScalarTraits.isWhitespace(scalars[next]) else { continue }
            let tail = String(String.UnicodeScalarView(scalars[next...]))
            let tailKey = TextLine.wordKey(tail)
            guard !tailKey.isEmpty else { continue }
            let head = String(String.UnicodeScalarView(scalars[..<next]))
            let headWords = TextLine.wordCount(ofKey: TextLine.wordKey(head))
            if ellipsis {
                guard isTrailingSentence(head, words: headWords) else { continue }
            } else {
                let isStatement = scalars[index] == "." || scalars[index] == "۔"
                guard headWords >= (isStatement ? 6 : 16) else { continue }
            }
            if !isCredit(tail, key: tailKey) { return true }
        }
        return false
    }

    /// The fewest words before an ellipsis that make a sentence trailing off rather than the
    /// first half of a headline («التضليل بالذكاء الاصطناعي.. هكذا تستهدف …»), twice a
    /// sentence's six.
    static let trailingSentenceWords = 12

    /// Whether `head`, `words` long and ending in an ellipsis, is prose that trails off: long,
    /// with a comma between its clauses, as a headline's half seldom has.
    private static func isTrailingSentence(_ head: String, words: Int) -> Bool {
        words >= trailingSentenceWords && head.unicodeScalars.contains { $0 == "،" || $0 == "," }
    }

    /// Whether the word ending right before `index` is a Latin initial or a title that is
    /// written with a full stop before a name («M.», «Mme.», «Dr.», «Mr.»).
    static func isAbbreviation(before index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var start = index
        while start > 0, ("a"..."z").contains(scalars[start - 1]) || ("A"..."Z").contains(scalars[start - 1]) {
            start -= 1
        }
        guard start < index, start == 0 || ScalarTraits.isWhitespace(scalars[start - 1]) else { return false }
        let word = String(String.UnicodeScalarView(scalars[start..<index]))
        return (word.count == 1 && word.uppercased() == word) || titles.contains(word)
    }

    /// Titles written with a full stop before a name, in English and French.
    private static let titles: Set<String> = [
        "M", "Mme", "Mlle", "Mr", "Mrs", "Ms", "Dr", "Pr", "Prof", "Me", "Mgr", "St", "Jr", "Sr", "Gen", "Gov",
        "Sen", "Rep", "Lt", "Col", "Capt",
    ]

    /// A photo or agency credit: in brackets, or opening with an agency's or a caption's word
    /// («رويترز», «Photo: AFP», «تصوير محمد علي», «صورة أرشيفية»).
    static func isCredit(_ tail: String, key: String) -> Bool {
        let opening = tail.unicodeScalars.first { !ScalarTraits.isWhitespace($0) }
        if opening == "(" || opening == "[" { return true }
        let words = FurnitureLexicon.agencies + FurnitureLexicon.photoCredits + FurnitureLexicon.captionPhrases
        return words.contains { LexicalFurniture.hasWordPrefix(key, $0) }
    }
}
