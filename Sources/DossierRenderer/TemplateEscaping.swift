import Foundation
import Mustache

/// The HTML escaping of `{{ }}` output, byte for byte swift-mustache's own, without its cost
/// where there is nothing to escape.
///
/// swift-mustache escapes every `{{ }}` value by walking its grapheme clusters and looking each
/// one up in a dictionary: a fifth of rendering went there, for values (Arabic prose, ids, dates)
/// that mostly hold none of the five characters it replaces. A cluster can only equal one of
/// them if the value has its byte, so a value without any is returned as it is, which is what
/// the walk rebuilds; any other value takes the same walk as swift-mustache's.
///
/// `TemplateSet` gives every template a `CONTENT_TYPE` pragma naming this type, registered with
/// swift-mustache under `name`.
struct TemplateEscaping: MustacheContentType {
    /// The name templates give this content type in their `CONTENT_TYPE` pragma.
    static let name = "DOSSIER_HTML"

    /// The line put before each template's first line (its newline included): a standalone tag,
    /// which the parser removes whole, so the template renders as if it were not there.
    static let pragmaLine = "{{% CONTENT_TYPE: \(name)}}\n"

    /// Registers the content type with swift-mustache (a process-wide table), once.
    static let registered: Void = MustacheContentTypes.register(TemplateEscaping(), named: name)

    /// `text` escaped as swift-mustache's HTML content type escapes it.
    func escapeText(_ text: String) -> String { Self.escape(text) }

    /// What swift-mustache's `String.htmlEscape()` returns for `text`: each grapheme cluster
    /// equal to one of `< > & " '` replaced by its entity, every other cluster kept. A cluster
    /// that merely starts with one of them (`<` and a combining mark) is kept, as there. Code
    /// points HTML forbids (`HTMLText.isForbidden`: a NUL from a YAML escape) are dropped.
    static func escape(_ text: String) -> String {
        // The bytes `HTMLText.escape` may change are those this may change (and tab and line
        // breaks, which the loop keeps).
        guard text.utf8.contains(where: HTMLText.mayNeedEscaping) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            if let replacement = replacements[character] {
                escaped += replacement
            } else if character.unicodeScalars.contains(where: HTMLText.isForbidden) {
                escaped.unicodeScalars.append(contentsOf: character.unicodeScalars.filter { !HTMLText.isForbidden($0) })
            } else {
                escaped.append(character)
            }
        }
        return escaped
    }

    /// swift-mustache's table of replacements.
    private static let replacements: [Character: String] = [
        "<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&#39;",
    ]
}
