/// The L2 search key of one word already in L1 form, without normalising it again.
///
/// `ArabicNormalizer.searchKey(word)` folds the word to L1 and then stems it; for a word cut
/// from an L1 key, made of `SingleScalarGraphemes` (no marks, no presentation forms, so that
/// folding it again changes nothing), the fold can be skipped and only the stemmer run:
/// the result is the same scalars, for the price of no string and no offset map.
public enum L1WordStem {
    /// The scalars of `ArabicNormalizer.searchKey(String(word)).string`, for a word of an L1
    /// key that holds no space and only `SingleScalarGraphemes`.
    public static func searchKey(ofL1Word word: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        // A word of Arabic letters only (nearly every Arabic word) keeps one range of itself.
        if word.allSatisfy(ScalarFolding.isArabicLetter) { return word[LightStemmer.stemRange(word)] }
        var kept: [Unicode.Scalar] = []
        kept.reserveCapacity(word.count)
        var index = word.startIndex
        while index < word.endIndex {
            guard ScalarFolding.isArabicLetter(word[index]) else {
                kept.append(word[index])
                index += 1
                continue
            }
            var end = index
            while end < word.endIndex, ScalarFolding.isArabicLetter(word[end]) { end += 1 }
            kept += word[LightStemmer.stemRange(word[index..<end])]
            index = end
        }
        return kept[...]
    }
}
