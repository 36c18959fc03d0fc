import ArabicText
import Foundation

/// Content words of a text for lexical overlap: L1 tokens without stop words, light-stemmed
/// (L2) so «الاتصالات» and «اتصالات» count as one word.
enum ContentTokens {
    /// Distinct-order-preserving content tokens of `text`.
    static func tokens(of text: String) -> [String] {
        tokens(ofMatchKey: ArabicNormalizer.matchKey(text).scalars)
    }

    /// `tokens(of:)` of a text whose L1 key (`ArabicNormalizer.matchKey`) is `matchKey`.
    ///
    /// Tokens are runs of characters that are letters or numbers. When every scalar of the key
    /// is a character of its own (`SingleScalarGraphemes`: nearly every text), they are cut
    /// and stemmed on the scalars themselves, with no string made but for a kept token;
    /// otherwise on the key's characters, where a mark joins the letter before it.
    static func tokens(ofMatchKey matchKey: [Unicode.Scalar]) -> [String] {
        guard SingleScalarGraphemes.allSingle(matchKey) else { return characterTokens(of: matchKey) }
        var result: [String] = []
        var index = matchKey.startIndex
        while index < matchKey.endIndex {
            guard isWordScalar(matchKey[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < matchKey.endIndex, isWordScalar(matchKey[end]) { end += 1 }
            let word = matchKey[index..<end]
            index = end
            guard word.count >= 3, !isStopWord(word), !word.allSatisfy(ScalarTraits.isNumeric) else {
                continue
            }
            let stem = L1WordStem.searchKey(ofL1Word: word)
            guard stem.count >= 2, !isStopWord(stem) else { continue }
            result.append(String(scalars: stem))
        }
        return result
    }

    /// The tokens of an L1 key cut on its characters, for a key with combining marks.
    static func characterTokens(of matchKey: [Unicode.Scalar]) -> [String] {
        var result: [String] = []
        for token in String(String.UnicodeScalarView(matchKey)).split(whereSeparator: isSeparator) {
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

    /// `isSeparator` negated, for a scalar that is a character of its own.
    @inline(__always)
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ScalarTraits.isAlphabetic(scalar) || ScalarTraits.isNumeric(scalar)
    }

    /// `stopWords` as NFC scalars. A token of single-scalar characters is NFC, so it is one of
    /// them exactly when it is equal (as `String`s compare, by canonical equivalence) to a stop word.
    private static let stopScalars: Set<ArraySlice<Unicode.Scalar>> = Set(
        stopWords.map { Array($0.precomposedStringWithCanonicalMapping.unicodeScalars)[...] })

    /// The most scalars a stop word has.
    private static let longestStopWord = stopScalars.map(\.count).max() ?? 0

    /// Whether `word` (NFC scalars) is a stop word; a longer word than any is not hashed.
    @inline(__always)
    private static func isStopWord(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        word.count <= longestStopWord && stopScalars.contains(word)
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
