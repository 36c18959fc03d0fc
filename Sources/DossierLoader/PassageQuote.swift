import DossierModel

/// The `quote:` of a note or a timeline event, which names a passage of an article.
enum PassageQuote {
    /// Whether `quote` names a passage: it has a letter or a digit. Diacritics, punctuation
    /// or the tatweel alone («ً», «ـــ») would match wherever the article has the mark; the
    /// tatweel, a modifier letter to Unicode, only stretches the letters it joins.
    static func namesAPassage(_ quote: String) -> Bool {
        quote.unicodeScalars.contains { scalar in
            guard scalar != "\u{0640}" else { return false }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber:
                return true
            default: return false
            }
        }
    }

    /// The error for `quote`, of `owner` («the note», «the timeline entry»), written at
    /// `location`, when it names no passage.
    static func diagnostic(for quote: String, of owner: String, at location: SourceLocation) -> Diagnostic {
        .error(
            .missingKey, "\(owner)'s quote «\(quote)» has no letter or digit, so it names no passage",
            at: location, fix: "Write the passage of the article it is about after `quote:`.")
    }
}
