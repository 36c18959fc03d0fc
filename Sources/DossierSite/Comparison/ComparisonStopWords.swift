import ArabicText

/// Function words left out of passage comparison, in L1 form.
///
/// They carry no claim: two passages sharing «في», «أن», «التي» say nothing alike. Reporting
/// verbs («قال», «أضاف») stay in: outlets vary them, so they rarely create false matches, and
/// the IDF weighting of `PassageComparison` makes frequent ones cheap anyway.
enum ComparisonStopWords {
    /// The stop words, normalised with `ArabicNormalizer.matchKeyString`.
    static let words: Set<String> = Set(
        """
        من في على إلى الى عن أن إن ان التي الذي الذين اللذين اللتين هذا هذه ذلك تلك هؤلاء هناك هنا
        مع بين كان كانت يكون تكون قد لقد لا ما لم لن هو هي هم هما أو او ثم كما أي اي كل بعد قبل عند
        حيث وقد وكان وهي وهو عبر أيضا أيضاً فيه فيها منه منها به بها له لها إذا اذا إذ حتى لكن لكنه
        إلا الا غير بعض أنه إنه انه أنها إنها وأن وإن فإن بأن كذلك لدى خلال منذ نحو ضمن دون
        the of and in to a an is on for with by as at from that this
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { ArabicNormalizer.matchKeyString(String($0)) })
}
