/// A template parsed once, when its set is loaded: the tree `TemplateRenderer` walks for each
/// page, with every tag's name already split and every standalone line already removed.
struct ParsedTemplate: Sendable, Equatable {
    /// The template's pieces, in order.
    let nodes: [TemplateNode]
}

/// One piece of a parsed template. Not `indirect`: a section's body is an array, which
/// already holds its nodes out of line, and an indirect case is one more box to retain and
/// release at every node a page renders.
enum TemplateNode: Sendable, Equatable {
    /// Bytes written as they are.
    case text([UInt8])
    /// `{{name}}`, written escaped, or `{{{name}}}` and `{{&name}}`, written as they are.
    case variable(TemplatePath, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(TemplatePath, inverted: Bool, body: [TemplateNode])
    /// `{{> name}}`: another template of the set, rendered in place. A tag alone on its line
    /// carries the blanks before it, which every line the partial renders starts with.
    case partial(String, indentation: [UInt8]?)
}

/// A tag's dotted name, split once.
struct TemplatePath: Sendable, Hashable {
    /// The names, in order, empty parts dropped (`a..b` is `a.b`); none for `{{.}}`, the value
    /// on top of the context.
    let names: [String]
    /// Whether the first name is read from the value on top of the context only (a name that
    /// starts with a dot) rather than from the nearest value up the context that has it.
    let fromTop: Bool

    /// The path a tag names with `name`, as written between its delimiters.
    init(_ name: String) {
        names = name.split(separator: ".").map(String.init)
        fromTop = name.first == "."
    }
}
