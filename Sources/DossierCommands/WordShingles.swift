import ArabicText

/// The set of overlapping word triples of a text, compared by Jaccard similarity: the share
/// of triples two texts have in common. A story republished by another site keeps most of its
/// sentences and so most of its triples; two reports of the same event in different words
/// share few.
///
/// Words are compared by their match key (hamza, diacritics, taa marbuta and alef maqsura
/// folded), so a copy respelled by another site's editor still matches. Words and triples are
/// kept as 64-bit hashes: an import compares one body with every article of the dossier, and
/// hashing strings (each normalised again) took most of that time.
struct WordShingles: Sendable, Hashable {
    /// Words per shingle.
    static let width = 3

    /// The hash of each triple (of the whole text, when it has fewer words).
    let shingles: Set<UInt64>

    init(_ text: String) {
        shingles = Set(Self.triples(of: text))
    }

    /// How many of these shingles `text` holds, its words read as `init` reads them: an upper
    /// bound on what a part of `text` (such as its body) can share with them, give or take the
    /// shingles that a part's joints make across the lines left out between its pieces.
    func sharedCount(withWholeOf text: String) -> Int {
        Set(Self.triples(of: text).filter(shingles.contains)).count
    }

    /// |A ∩ B| / |A ∪ B|, 0 when both are empty.
    func jaccard(_ other: WordShingles) -> Double {
        let union = shingles.union(other.shingles).count
        guard union > 0 else { return 0 }
        return Double(shingles.intersection(other.shingles).count) / Double(union)
    }

    /// The hash of every run of `width` words of `text`, in order (one for a shorter text that
    /// has words, none for one without).
    private static func triples(of text: String) -> [UInt64] {
        let words = wordHashes(of: text)
        guard words.count >= width else { return words.isEmpty ? [] : [combined(words[...])] }
        return (0...(words.count - width)).map { combined(words[$0..<($0 + width)]) }
    }

    /// The hash of each word of `text`'s match key: a run of letters and digits.
    private static func wordHashes(of text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        var hash = offsetBasis
        var inWord = false
        for scalar in ArabicNormalizer.matchKey(text).scalars {
            if ScalarTraits.isAlphabetic(scalar) || ScalarTraits.isNumeric(scalar) {
                hash = (hash ^ UInt64(scalar.value)) &* prime
                inWord = true
            } else if inWord {
                hashes.append(hash)
                hash = offsetBasis
                inWord = false
            }
        }
        if inWord { hashes.append(hash) }
        return hashes
    }

    /// One hash for a run of word hashes, in order (FNV-1a over the words' hashes).
    private static func combined(_ words: ArraySlice<UInt64>) -> UInt64 {
        words.reduce(offsetBasis) { hash, word in
            let mixed = (hash ^ word) &* prime
            return mixed ^ (mixed >> 29)
        }
    }

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3
}
