/// The known word a mistyped one was most likely meant to be, for "did you mean" fixes: ids
/// in references, fragments in links, keys in YAML files.
public enum ClosestSpelling {
    /// The word of `known` nearest to `word` by edit distance (ties to the first in byte
    /// order), when it is near enough to be a typo: at most 2 edits, or a third of `word`'s
    /// length for longer words.
    public static func of(_ word: String, among known: some Sequence<String>) -> String? {
        let best = known.map { ($0, distance(word, $0)) }.min { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        guard let best, best.1 <= max(2, word.count / 3) else { return nil }
        return best.0
    }

    /// Levenshtein distance over Unicode scalars.
    public static func distance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs.unicodeScalars)
        let right = Array(rhs.unicodeScalars)
        var previous = Array(0...right.count)
        for (row, leftScalar) in left.enumerated() {
            var current = [row + 1]
            for (column, rightScalar) in right.enumerated() {
                current.append(
                    min(
                        previous[column + 1] + 1, current[column] + 1,
                        previous[column] + (leftScalar == rightScalar ? 0 : 1)))
            }
            previous = current
        }
        return previous[right.count]
    }
}
