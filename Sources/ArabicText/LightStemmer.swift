/// Light stemming for the L2 search key (docs/arabic-text-engine.md §2.4), after Lucene's `ArabicStemmer`.
///
/// One prefix is stripped (first match in Lucene order), then every suffix of the list that
/// still matches is stripped in list order, as Lucene does. Length guards keep at least two
/// letters (three after a bare «و»). Input and output are L1, so ة/ى are already ه/ي and
/// Lucene's «ية»/«ة» suffixes appear once each as «يه»/«ه».
enum LightStemmer {
    private static let prefixes: [[Unicode.Scalar]] = ["ال", "وال", "بال", "كال", "فال", "لل", "و"].map(scalars)
    private static let suffixes: [[Unicode.Scalar]] = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"].map(scalars)

    private static func scalars(_ text: String) -> [Unicode.Scalar] { text.decodedScalars() }

    /// Stems every Arabic-letter token of an L1 text, keeping the offset map.
    static func stem(_ key: NormalizedText) -> NormalizedText {
        var builder = NormalizedTextBuilder(capacity: key.count)
        let text = key.scalars
        var index = 0
        while index < text.count {
            guard ScalarFolding.isArabicLetter(text[index]) else {
                builder.append(text[index], offset: key.sourceOffsets[index])
                index += 1
                continue
            }
            var end = index
            while end < text.count, ScalarFolding.isArabicLetter(text[end]) { end += 1 }
            let kept = stemRange(text[index..<end])
            for position in kept { builder.append(text[position], offset: key.sourceOffsets[position]) }
            index = end
        }
        return builder.finish(endOffset: key.sourceOffsets[key.count])
    }

    /// The part of one token kept by the stemmer.
    static func stemRange(_ token: ArraySlice<Unicode.Scalar>) -> Range<Int> {
        var lower = token.startIndex
        var upper = token.endIndex
        for prefix in prefixes {
            let minimumRest = prefix.count == 1 ? 3 : 2
            if upper - lower >= prefix.count + minimumRest, holds(prefix, in: token, at: lower) {
                lower += prefix.count
                break
            }
        }
        for suffix in suffixes where upper - lower >= suffix.count + 2 {
            if holds(suffix, in: token, at: upper - suffix.count) { upper -= suffix.count }
        }
        return lower..<upper
    }

    /// Whether `affix` is in `token` from `start`, read scalar by scalar: every token of a
    /// dossier is stemmed against fifteen affixes, and a slice of the token for each, compared
    /// with `elementsEqual`, retained and released the token's storage every time.
    @inline(__always)
    private static func holds(_ affix: [Unicode.Scalar], in token: ArraySlice<Unicode.Scalar>, at start: Int) -> Bool {
        for offset in affix.indices where token[start + offset] != affix[offset] { return false }
        return true
    }
}

extension ArabicToken {
    /// The token's L2 form: the light stem of an Arabic token, the text of a Latin one.
    ///
    /// The L2 key of a text (`ArabicNormalizer.searchKey`) has exactly one token per L1 token,
    /// this form, with the same separators between them (the stemmer keeps at least one letter
    /// of every token), so a text's L2 tokens can be had from its L1 tokens without making its
    /// L2 key. `key` is the L1 key the token was cut from.
    public func searchStem(in key: NormalizedText) -> String {
        guard script == .arabic else { return text }
        let kept = LightStemmer.stemRange(key.scalars[keyRange])
        guard kept != keyRange else { return text }
        return String(scalars: key.scalars[kept])
    }
}
