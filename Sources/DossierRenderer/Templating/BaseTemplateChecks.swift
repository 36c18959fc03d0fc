import DossierModel

/// What every page needs from `base.mustache`, checked when a set is loaded: a base that never
/// shows the page's content builds a site of empty pages, and one whose `<html>` has no `lang`
/// or `dir` reads Arabic left to right, both without an error anywhere else. Warnings, so
/// `--strict` refuses such a set.
enum BaseTemplateChecks {
    /// The warnings for `base`, parsed from `text`, whose file is `path`; the partials it
    /// includes are looked up in `library` (the set has no cycle of them by then).
    static func warnings(
        base: ParsedTemplate, text: String, path: String, library: [String: ParsedTemplate]
    ) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        if !shows("contentHTML", in: base.nodes, library: library) {
            warnings.append(
                .warning(
                    .templateCheck, "the base template never shows the page's content, so every page is empty of it",
                    at: SourceLocation(path: path, line: 1, column: 1),
                    fix: "write {{{contentHTML}}} where the page's content goes (inside <main>)"))
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let index = lines.firstIndex(where: { $0.contains("<html") }) {
            let tag = lines[index...].joined(separator: "\n").prefix { $0 != ">" }
            let missing = ["lang", "dir"].filter { !tag.contains($0 + "=") }
            if !missing.isEmpty {
                warnings.append(
                    .warning(
                        .templateCheck,
                        "the <html> tag has no \(missing.joined(separator: " or ")) attribute: browsers, screen "
                            + "readers and search engines take the pages for left-to-right text of no language",
                        at: SourceLocation(path: path, line: index + 1, column: 1),
                        fix: "write <html lang=\"{{language}}\" dir=\"{{direction}}\">"))
            }
        }
        return warnings
    }

    /// Whether `nodes` show the variable `name` anywhere, sections' bodies and included
    /// partials too.
    private static func shows(_ name: String, in nodes: [TemplateNode], library: [String: ParsedTemplate]) -> Bool {
        nodes.contains { node in
            switch node {
            case .variable(let path, _): path.names == [name]
            case .section(_, _, let body): shows(name, in: body, library: library)
            case .partial(let partial, _): library[partial].map { shows(name, in: $0.nodes, library: library) } ?? false
            case .text: false
            }
        }
    }
}
