import DossierModel

/// Names in templates that no page model answers: a misspelt `{{titel}}`, or a field of an older
/// version, renders nothing on every page, without an error anywhere else. Checked when a set is
/// loaded, against every name any model answers (`TemplateFieldNames`): a name another model has
/// passes, a name none has cannot be right anywhere. Warnings, so `--strict` refuses such a set.
enum TemplateFieldCheck {
    /// A warning for each name of `tags` (read from `text`, the template at `path`) that no model
    /// answers, at its first tag, with the count of the others.
    static func warnings(tags: [TemplateParser.NamedTag], text: String, path: String) -> [Diagnostic] {
        var unknown: [(name: String, first: TemplateParser.NamedTag, count: Int)] = []
        for tag in tags {
            for name in tag.path.names where !TemplateFieldNames.all.contains(name) {
                if let index = unknown.firstIndex(where: { $0.name == name }) {
                    unknown[index].count += 1
                } else {
                    unknown.append((name, tag, 1))
                }
            }
        }
        guard !unknown.isEmpty else { return [] }
        let bytes = Array(text.utf8)
        return unknown.map { name, first, count in
            let (line, column) = TemplateParser.lineAndColumn(of: first.offset, in: bytes)
            let tags = count > 1 ? " (and \(count - 1) more tag\(count > 2 ? "s" : "") below)" : ""
            return .warning(
                .templateCheck,
                "no page has a value named `\(name)`, so `{{\(first.path.names.joined(separator: "."))}}`\(tags) "
                    + "shows nothing on every page",
                at: SourceLocation(path: path, line: line, column: column),
                fix: ClosestSpelling.of(name, among: TemplateFieldNames.all.sorted()).map {
                    "did you mean `\($0)`? Correct the name"
                } ?? "correct the name to one the built-in templates use, or remove the tag")
        }
    }
}
