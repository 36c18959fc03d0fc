import Foundation

/// Finds templates that include themselves, directly or through others («{{> pager}}» inside
/// `pager.mustache`): rendering one recurses until the stack overflows and the process dies.
/// Dossier's page models hold no tree for a recursive template to walk down, so any cycle is
/// refused when the templates are loaded.
enum PartialCycles {
    /// An inclusion of another template: its name and the line and column of the tag.
    struct Inclusion: Sendable, Hashable {
        let name: String
        let line: Int
        let column: Int
    }

    /// The templates each template includes, by name («{{> name}}» partials and «{{< name}}»
    /// parents), in the order written.
    static func inclusions(in text: String) -> [Inclusion] {
        var found: [Inclusion] = []
        var line = 1
        var column = 1
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "{", index + 2 < scalars.count, scalars[index + 1] == "{",
                scalars[index + 2] == ">" || scalars[index + 2] == "<"
            {
                var end = index + 3
                while end + 1 < scalars.count, !(scalars[end] == "}" && scalars[end + 1] == "}") { end += 1 }
                let name = String(String.UnicodeScalarView(scalars[(index + 3)..<min(end, scalars.count)]))
                    .trimmingCharacters(in: .whitespaces)
                if !name.isEmpty { found.append(Inclusion(name: name, line: line, column: column)) }
            }
            if scalars[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        return found
    }

    /// The first cycle among `templates` (name → text), as the names along it, the first
    /// repeated last, and the inclusion that closes it; nil when there is none.
    static func firstCycle(in templates: [String: String]) -> (path: [String], closing: Inclusion)? {
        let graph = templates.mapValues(inclusions(in:))
        var finished = Set<String>()
        var path: [String] = []
        func visit(_ name: String) -> (path: [String], closing: Inclusion)? {
            path.append(name)
            defer { path.removeLast() }
            for inclusion in graph[name] ?? [] where !finished.contains(inclusion.name) {
                if let start = path.firstIndex(of: inclusion.name) {
                    return (Array(path[start...]) + [inclusion.name], inclusion)
                }
                if graph[inclusion.name] != nil, let cycle = visit(inclusion.name) { return cycle }
            }
            finished.insert(name)
            return nil
        }
        for name in templates.keys.sorted() where !finished.contains(name) {
            if let cycle = visit(name) { return cycle }
        }
        return nil
    }
}
