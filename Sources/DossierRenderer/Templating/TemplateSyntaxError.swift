/// Why a template does not parse, and where: what `TemplateSet` reports at the template's file,
/// line and column.
struct TemplateSyntaxError: Error, Sendable, CustomStringConvertible {
    /// What is wrong.
    enum Problem: Sendable, Equatable {
        /// A tag without its closing delimiter, or with a character names do not hold.
        case unfinishedTag
        /// `{{/name}}` where the open section is another one (`open`), or none.
        case unexpectedClose(String, open: String?)
        /// `{{#name}}` or `{{^name}}` without its `{{/name}}`.
        case unclosedSection(String)
        /// `{{=…=}}` without two delimiters.
        case invalidDelimiters
        /// `{{#name}}` opened inside `TemplateParser.maximumDepth` sections already.
        case nestedTooDeep(String)
        /// Syntax swift-mustache added to Mustache that dossier's templates do not have: the
        /// character that starts it.
        case unsupported(Character)
    }

    let problem: Problem
    /// The line of the problem, from 1.
    let line: Int
    /// The column of the problem, in characters, from 1.
    let column: Int

    /// The problem and how to fix it, without the location.
    var description: String {
        switch problem {
        case .unfinishedTag:
            return "the tag is not closed by its delimiter (}}), or its name holds a character names do not have "
                + "(they hold ASCII letters, digits, «.», «-», «_» and «?»); close the tag or rename the value"
        case .unexpectedClose(let name, let open?):
            return "{{/\(name)}} closes a section that is not the open one, «\(open)»; close {{#\(open)}} with "
                + "{{/\(open)}} first"
        case .unexpectedClose(let name, nil):
            return "{{/\(name)}} closes a section that was never opened; remove it or open the section with "
                + "{{#\(name)}}"
        case .unclosedSection(let name):
            return "the section «\(name)» opened here is never closed; add {{/\(name)}} where it ends"
        case .invalidDelimiters:
            return "a delimiter tag names two delimiters between «=» signs, as {{=<% %>=}}"
        case .nestedTooDeep(let name):
            return "the section «\(name)» opens inside \(TemplateParser.maximumDepth) others already; close some "
                + "sections before it ({{/name}}), or move the inner part into a partial"
        case .unsupported("("):
            return "transforms such as «uppercased(name)» are not part of dossier's templates; give the page "
                + "model the value ready to show"
        case .unsupported(let start):
            return "tags starting with «\(start)» (swift-mustache's template inheritance and pragmas) are not part "
                + "of dossier's templates; include shared parts with {{> name}} instead"
        }
    }
}
