import ArabicText

/// Content words of a text for lexical overlap: L1 tokens without stop words, light-stemmed
/// (L2) so «الاتصالات» and «اتصالات» count as one word.
enum ContentTokens {
    /// Distinct-order-preserving content tokens of `text`.
    static func tokens(of text: String) -> [String] {
        var result: [String] = []
        for token in ArabicNormalizer.matchKeyString(text).split(whereSeparator: isSeparator) {
            let word = String(token)
            guard word.unicodeScalars.count >= 3, !stopWords.contains(word),
                !word.unicodeScalars.allSatisfy(ScalarTraits.isNumeric)
            else { continue }
            let stem = ArabicNormalizer.searchKey(word).string
            guard stem.unicodeScalars.count >= 2, !stopWords.contains(stem) else { continue }
            result.append(stem)
        }
        return result
    }

    private static func isSeparator(_ character: Character) -> Bool {
        !(character.isLetter || character.isNumber)
    }

    /// Function words in L1 form (docs/arabic-text-engine.md §2.2: hamza folded, ة→ه, ى→ي), with common proclitic forms.
    static let stopWords: Set<String> = {
        let words = """
            في من على الى إلى عن مع ان أن إن كان كانت كانوا يكون تكون قال قالت وقال وقالت اضاف وأضاف \
            هذا هذه ذلك تلك هؤلاء التي الذي الذين اللذين ما لا لم لن قد كما او أو ثم بعد قبل حتى عند \
            بين كل اي أي ايضا أيضا أيضاً هو هي هم هما انه أنه إنه انها أنها إنها ولا وفي ومن وان وأن وإن \
            عام العام يوم اليوم منذ خلال حيث لكن ولكن بل فقط مثل نحو عبر وفق وفقا وفقاً حسب لدى لها له لهم \
            به بها فيه فيها منها منه عليه عليها اذا إذا اذ إذ وهو وهي سوى غير بعض جميع اكثر أكثر احد أحد \
            كيف لماذا متى اين أين هل فإن فان بان بأن لأن لان ذات الا إلا وقد ولم وما وكان وكانت وذلك \
            عن عنه عنها وعن على وعلى الى وإلى التى اما أما امام أمام ضمن دون بشأن بشان مدى تم يتم \
            the and for with from that this are was were has have not but its his her their
            """
        return Set(words.split(whereSeparator: \.isWhitespace).map { ArabicNormalizer.matchKeyString(String($0)) })
    }()
}
