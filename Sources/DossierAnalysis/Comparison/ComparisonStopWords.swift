import ArabicText

/// Function words left out of passage comparison, in L1 form.
///
/// They carry no claim: two passages sharing «في», «أن», «التي» say nothing alike. Reporting
/// verbs («قال», «أضاف») stay in: outlets vary them, so they rarely create false matches, and
/// the IDF weighting of `PassageComparison` makes frequent ones cheap anyway.
package enum ComparisonStopWords {
    /// The stop words, normalised with `ArabicNormalizer.matchKeyString`, by their bytes: L1
    /// keys are in NFC, and a `String` lookup normalised every scalar of every token again.
    package static let words = ByteStringSet(listed.map(ArabicNormalizer.matchKeyString))

    /// The stop words as written.
    private static let listed =
        """
        من في على إلى الى عن أن إن ان التي الذي الذين اللذين اللتين هذا هذه ذلك تلك هؤلاء هناك هنا
        مع بين كان كانت يكون تكون قد لقد لا ما لم لن هو هي هم هما أو او ثم كما أي اي كل بعد قبل عند
        حيث حين حينما عندما بينما وقد وكان وهي وهو عبر أيضا أيضاً فيه فيها منه منها به بها له لها إذا اذا إذ حتى لكن لكنه
        إلا الا غير بعض أنه إنه انه أنها إنها وأن وإن فإن بأن كذلك لدى خلال منذ نحو ضمن دون
        the of and in to a an is on for with by as at from that this
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// True for a stop word as written in a text, also behind the conjunction «و» or «ف»
    /// («وفي», «فإن»): the shared words shown to readers leave these out.
    package static func isStopWord(surface: String) -> Bool {
        let key = ArabicNormalizer.matchKeyString(surface)
        if words.contains(key) { return true }
        let scalars = key.unicodeScalars
        guard let first = scalars.first, first == "و" || first == "ف", scalars.count > 2 else { return false }
        return words.contains(String(scalars.dropFirst()))
    }
}
