import ArabicText

/// The HTML escaping of `{{ }}` output, byte for byte swift-mustache's, which rendered the
/// project's pages before dossier's own renderer, without its cost where there is nothing to
/// escape.
///
/// swift-mustache escaped every `{{ }}` value by walking its grapheme clusters and looking each
/// one up in a dictionary, for values (Arabic prose, ids, dates) that mostly hold none of the
/// five characters it replaces. A cluster can only equal one of them if the value has its byte,
/// so a value without any is returned as it is, which is what the walk rebuilds; any other value
/// takes the same walk.
enum TemplateEscaping {
    /// What swift-mustache's `String.htmlEscape()` returns for `text`: each grapheme cluster
    /// equal to one of `< > & " '` replaced by its entity, every other cluster kept. A cluster
    /// that merely starts with one of them (`<` and a combining mark) is kept, as there. Code
    /// points HTML forbids (`HTMLText.isForbidden`: a NUL from a YAML escape) are dropped.
    static func escape(_ text: String) -> String {
        // The bytes `HTMLText.escape` may change are those this may change (and tab and line
        // breaks, which the loop keeps).
        guard text.containsUTF8Byte(where: HTMLText.mayNeedEscaping) else { return text }
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
