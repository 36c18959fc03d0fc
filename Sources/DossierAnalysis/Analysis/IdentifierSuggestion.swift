/// "Did you mean" help for unknown ids in diagnostics.
package enum IdentifierSuggestion {
    /// A fix sentence naming the closest known id (by edit distance), or listing a few ids.
    package static func fix(for unknown: String, kind: String, known: [String]) -> String {
        guard !known.isEmpty else { return "there are no \(kind)s in this dossier; add one or remove the reference" }
        let scored = known.map { ($0, distance(unknown, $0)) }
        if let best = scored.min(by: { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }),
            best.1 <= max(2, unknown.count / 3)
        {
            return "did you mean `\(best.0)`? (known \(kind) ids are the file stems)"
        }
        let sample = known.sorted().prefix(5).joined(separator: ", ")
        return "use a known \(kind) id (file stem), e.g. \(sample)"
    }

    /// Levenshtein distance over Unicode scalars (ids are ASCII and short).
    package static func distance(_ lhs: String, _ rhs: String) -> Int {
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
