/// Finds templates whose inclusions multiply: a template including another twice, which
/// includes a third twice, and so on, is rendered as 2, 4, 8… copies; forty such templates
/// make a page of a trillion copies, and the build runs until memory is gone. Dossier's own
/// templates include a few dozen templates in all, so a template that takes in more than
/// `limit` copies of other templates through its inclusions is refused when loaded.
enum PartialExpansion {
    /// The most copies of templates one template may take in through its inclusions.
    static let limit = 10_000

    /// The first template among `templates` (name → text, with no cycle: `PartialCycles`)
    /// that takes in more than `limit` copies of templates, with the inclusion that takes in
    /// the most; nil when there is none.
    static func firstOverLimit(in templates: [String: String]) -> (name: String, inclusion: PartialCycles.Inclusion)? {
        let graph = templates.mapValues(PartialCycles.inclusions(in:))
        var copies: [String: Int] = [:]
        func count(_ name: String) -> Int {
            if let known = copies[name] { return known }
            var total = 0
            for inclusion in graph[name] ?? [] where graph[inclusion.name] != nil {
                // Capped past the limit, so that the sums never overflow.
                total = min(total + 1 + count(inclusion.name), limit + 1)
            }
            copies[name] = total
            return total
        }
        for name in templates.keys.sorted() where count(name) > limit {
            let largest = (graph[name] ?? []).filter { graph[$0.name] != nil }.max { count($0.name) < count($1.name) }
            if let largest { return (name, largest) }
        }
        return nil
    }
}
