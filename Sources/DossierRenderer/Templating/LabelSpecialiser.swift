/// Writes the interface's words into parsed templates once, instead of looking them up on every
/// page.
///
/// Every page model carries the site's `UIStrings` as `labels`, and templates name its words
/// (`{{labels.search}}`, `{{{labels.footerHTML}}}`, `{{labels.commentary.note}}`) over a hundred
/// times. In the specialised templates each such variable is a text node holding the word as
/// the variable would write it, so a model whose `labels` are these labels (`TemplateSet.render`
/// checks) renders the same bytes without the look-ups. Only variables whose dotted name starts
/// with `labels` and reaches a string are replaced; sections, names with a leading dot, unknown
/// words and words that are not strings keep their tag. Whitespace was settled when the
/// template was parsed, so a text node and the variable it replaces render alike.
///
/// Models that could shadow `labels` (a value on the context with a child of that name other
/// than these labels) are ruled out by `LabelShadowingTests`.
struct LabelSpecialiser: Sendable {
    /// The words written into the templates.
    let labels: UIStrings

    /// `nodes` with each variable naming a word of `labels` replaced by the word's text, in
    /// section bodies too.
    func specialise(_ nodes: [TemplateNode]) -> [TemplateNode] {
        nodes.map { node in
            switch node {
            case .variable(let path, let escaped):
                return word(at: path, escaped: escaped).map { .text(Array($0.utf8)) } ?? node
            case .section(let path, let inverted, let body):
                return .section(path, inverted: inverted, body: specialise(body))
            case .text, .partial:
                return node
            }
        }
    }

    /// The word `path` reads, as its variable writes it (escaped or not), or nil when `path` does
    /// not read a string of `labels`.
    func word(at path: TemplatePath, escaped: Bool) -> String? {
        guard !path.fromTop, path.names.count >= 2, path.names[0] == "labels" else { return nil }
        var value = labels.templateForm
        for name in path.names.dropFirst() {
            guard case .parent(let parent) = value, let child = parent.child(named: name) else { return nil }
            value = child.templateForm
        }
        guard case .text(let word) = value else { return nil }
        return escaped ? TemplateEscaping.escape(word) : word
    }
}
