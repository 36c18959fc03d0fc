import ArabicText

/// The set of overlapping word triples of a text, compared by Jaccard similarity: the share
/// of triples two texts have in common. A story republished by another site keeps most of its
/// sentences and so most of its triples; two reports of the same event in different words
/// share few.
///
/// Words are compared by their match key (hamza, diacritics, taa marbuta and alef maqsura
/// folded), so a copy respelled by another site's editor still matches.
struct WordShingles: Sendable, Hashable {
    /// Words per shingle.
    static let width = 3

    /// Each triple as its words joined by spaces.
    let shingles: Set<String>

    init(_ text: String) {
        let words = ArabicNormalizer.matchKeyString(text).split { !($0.isLetter || $0.isNumber) }
        guard words.count >= WordShingles.width else {
            shingles = words.isEmpty ? [] : [words.joined(separator: " ")]
            return
        }
        shingles = Set(
            (0...(words.count - WordShingles.width)).map {
                words[$0..<($0 + WordShingles.width)].joined(separator: " ")
            })
    }

    /// |A ∩ B| / |A ∪ B|, 0 when both are empty.
    func jaccard(_ other: WordShingles) -> Double {
        let union = shingles.union(other.shingles).count
        guard union > 0 else { return 0 }
        return Double(shingles.intersection(other.shingles).count) / Double(union)
    }
}
