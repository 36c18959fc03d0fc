extension Array where Element == Diagnostic {
    /// The diagnostics with every consequence of a failed file (`followsFrom`) left out and
    /// counted at that file's first error instead ("and 75 errors that follow from it").
    ///
    /// A consequence whose file has no error in the list is kept: without its root it is the
    /// only trace of the problem.
    public func summarisingFollowOns() -> [Diagnostic] {
        var counts: [String: Int] = [:]
        for diagnostic in self {
            if let path = diagnostic.followsFrom { counts[path, default: 0] += 1 }
        }
        guard !counts.isEmpty else { return self }
        var roots: [String: Int] = [:]
        for (index, diagnostic) in enumerated()
        where diagnostic.severity == .error && diagnostic.followsFrom == nil {
            guard let path = diagnostic.location?.path, counts[path] != nil, roots[path] == nil else { continue }
            roots[path] = index
        }
        var result: [Diagnostic] = []
        for (index, diagnostic) in enumerated() {
            if let path = diagnostic.followsFrom, roots[path] != nil { continue }
            var shown = diagnostic
            if let path = diagnostic.location?.path, roots[path] == index, let count = counts[path] {
                let noun = count == 1 ? "problem" : "problems"
                shown.message += " (and \(count) \(noun) elsewhere that follow from it, not shown)"
            }
            result.append(shown)
        }
        return result
    }
}
