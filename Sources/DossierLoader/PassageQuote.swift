import DossierModel

/// The `quote:` of a note or a timeline event, which names a passage of an article.
enum PassageQuote {
    /// Whether `quote` names a passage: it has at least `minimumCharacters` letters or digits.
    /// Diacritics, punctuation or the tatweel alone («ً», «ـــ») would match wherever the
    /// article has the mark, and one or two letters («ك») inside any word that holds them; the
    /// tatweel, a modifier letter to Unicode, only stretches the letters it joins.
    static func namesAPassage(_ quote: String) -> Bool {
        var count = 0
        for scalar in quote.unicodeScalars where scalar != "\u{0640}" {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber:
                count += 1
                if count >= minimumCharacters { return true }
            default: continue
            }
        }
        return false
    }

    /// The fewest letters or digits a quote names a passage with («أمس», «CIA»).
    static let minimumCharacters = 3

    /// The error for `quote`, of `owner` («the note», «the timeline entry»), written at
    /// `location`, when it names no passage.
    static func diagnostic(for quote: String, of owner: String, at location: SourceLocation) -> Diagnostic {
        .error(
            .missingKey,
            "\(owner)'s quote «\(quote)» has fewer than \(minimumCharacters) letters or digits, so it names no passage",
            at: location, fix: "Write the passage of the article it is about after `quote:`, a few words of it.")
    }
}
