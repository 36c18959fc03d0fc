/// Semi-global edit distance (Sellers 1980): the pattern must be matched whole, the text
/// anywhere. Memory is two DP columns of the pattern's length, time is pattern × text.
enum SemiGlobalAligner {
    /// A match of the whole pattern against `text[start..<end]` with `errors` edits.
    struct Match: Sendable, Hashable {
        let start: Int
        let end: Int
        let errors: Int
    }

    /// Local-minimum matches with at most `maxErrors` edits, plus the best match overall.
    static func matches(
        of pattern: [Unicode.Scalar], in text: ArraySlice<Unicode.Scalar>, maxErrors: Int
    ) -> (candidates: [Match], best: Match?) {
        let patternCount = pattern.count
        guard patternCount > 0 else { return ([], nil) }
        var cost = [Int32](0...Int32(patternCount))
        var start = [Int](repeating: text.startIndex, count: patternCount + 1)
        var nextCost = cost
        var nextStart = start
        var candidates: [Match] = []
        var cluster: Match?
        var best: Match?
        for textIndex in text.indices {
            let character = text[textIndex]
            nextCost[0] = 0
            nextStart[0] = textIndex + 1
            for row in 1...patternCount {
                var value = cost[row - 1] + (pattern[row - 1] == character ? 0 : 1)
                var origin = start[row - 1]
                if cost[row] + 1 < value {
                    value = cost[row] + 1
                    origin = start[row]
                }
                if nextCost[row - 1] + 1 < value {
                    value = nextCost[row - 1] + 1
                    origin = nextStart[row - 1]
                }
                nextCost[row] = value
                nextStart[row] = origin
            }
            swap(&cost, &nextCost)
            swap(&start, &nextStart)
            let match = Match(start: start[patternCount], end: textIndex + 1, errors: Int(cost[patternCount]))
            if best.map({ match.errors < $0.errors }) ?? true { best = match }
            if match.errors <= maxErrors {
                if let current = cluster {
                    if match.errors < current.errors { cluster = match }
                } else {
                    cluster = match
                }
            } else if let current = cluster {
                candidates.append(current)
                cluster = nil
            }
        }
        if let current = cluster { candidates.append(current) }
        return (candidates, best)
    }

    /// Hypothesis' `textMatchScore`: 1 − (best errors of `pattern` inside `text`) / pattern length.
    static func similarity(of pattern: [Unicode.Scalar], within text: ArraySlice<Unicode.Scalar>) -> Double {
        guard !pattern.isEmpty, !text.isEmpty else { return 0 }
        let errors = matches(of: pattern, in: text, maxErrors: pattern.count).best?.errors ?? pattern.count
        return max(0, 1 - Double(errors) / Double(pattern.count))
    }
}
