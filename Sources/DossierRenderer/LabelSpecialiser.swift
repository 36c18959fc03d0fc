import Mustache

/// Writes the interface's words into templates once, instead of looking them up on every page.
///
/// Every page model carries the site's `UIStrings` as `labels`, and templates name its words
/// (`{{labels.search}}`, `{{{labels.footerHTML}}}`, `{{labels.commentary.note}}`) over a hundred
/// times; each such tag cost swift-mustache a walk down the context stack, with two dynamic
/// casts at each level, for a string that is the same on every page. The specialised text of a
/// template has those tags replaced by the words themselves, escaped as swift-mustache would
/// escape them, so it renders the same bytes for a model whose `labels` are these labels (see
/// `TemplateSet.render`, which checks that) and parses to the same structure, since:
///
/// - only a variable tag (`{{name}}`, `{{{name}}}`, `{{&name}}`) whose dotted name starts with
///   `labels` and reaches a `String` is replaced; sections over labels, names with transforms or
///   a leading dot, unknown words and words that are not strings keep their tag;
/// - no template of the set changes delimiters or content type (`{{=`, `{{%`): the scan reads
///   tags with the default delimiters, and the escaping is HTML's;
/// - the replacement is text the parser treats as the tag's equal: not empty, not starting with
///   the space or tab it would read as indentation or a standalone tag's trailing blanks, with
///   no line break and no `{` that could start a tag, and on a tag that spans no line;
/// - the result is checked to split into the same characters (grapheme clusters, which the
///   parser reads) as the original with each tag's characters replaced, or left as it was.
///
/// Models that could shadow `labels` (a value on the stack with a child of that name other than
/// these labels) are ruled out by `LabelShadowingTests`.
struct LabelSpecialiser: Sendable {
    /// The words written into the templates.
    let labels: UIStrings

    /// Whether templates can be specialised at all: none of `sources` changes delimiters or
    /// content type (text that only looks like such a tag, in a comment, counts too: the set is
    /// then rendered as written).
    static func canSpecialise(_ sources: some Sequence<String>) -> Bool {
        !sources.contains { $0.contains("{{=") || $0.contains("{{%") }
    }

    /// `source` with each tag that names a word of `labels` replaced by the word as that tag
    /// would render it; `source` itself when there is none, or when the result would not parse
    /// as the original does.
    func specialise(_ source: String) -> String {
        Self.specialise(source, words: word(named:escaped:))
    }

    /// `source` with each variable tag for which `words` gives a text (from the tag's name and
    /// whether it escapes) replaced by that text, where the parser reads the two alike.
    static func specialise(_ source: String, words: (String, Bool) -> String?) -> String {
        let characters = Array(source)
        var output = ""
        var expected: [Character] = []
        var copied = 0
        var index = 0
        while index + 1 < characters.count {
            guard characters[index] == "{", characters[index + 1] == "{" else {
                index += 1
                continue
            }
            let tag = tag(in: characters, at: index)
            if let tag, let text = words(tag.name, tag.escaped), isPlainText(text) {
                output += String(characters[copied..<index])
                output += text
                expected += characters[copied..<index]
                expected += Array(text)
                copied = tag.end
            }
            index = tag?.end ?? index + 2
        }
        guard copied > 0 else { return source }
        output += String(characters[copied...])
        expected += characters[copied...]
        let parsed = Array(output)
        guard parsed.count == expected.count,
            zip(parsed, expected).allSatisfy({ $0.unicodeScalars.elementsEqual($1.unicodeScalars) })
        else { return source }
        return output
    }

    /// The word `name` reads, as its tag writes it, or nil when `name` does not read a string
    /// of `labels` the way swift-mustache would look it up.
    func word(named name: String, escaped: Bool) -> String? {
        guard name.first != ".", !name.contains("(") else { return nil }
        // swift-mustache splits names the same way, dropping empty parts.
        let parts = name.split(separator: ".").map(String.init)
        guard parts.count >= 2, parts[0] == "labels" else { return nil }
        var value: Any = labels
        for part in parts.dropFirst() {
            guard !(value is MustacheCustomRepresentation), !(value is MustacheLambda),
                let parent = value as? any MustacheParent, let child = parent.child(named: part)
            else { return nil }
            value = child
        }
        guard let word = value as? String else { return nil }
        return escaped ? TemplateEscaping.escape(word) : word
    }

    /// A variable tag starting at `start` (its `{{`): where it ends, its name, and whether it
    /// escapes. A comment is returned with no name so the scan skips its text; other tags (and
    /// anything the parser would reject) are nil, and the scan goes on after their `{{`.
    private static func tag(in characters: [Character], at start: Int) -> (end: Int, name: String, escaped: Bool)? {
        var index = start + 2
        guard index < characters.count else { return nil }
        var escaped = true
        var closing = "}}"
        switch characters[index] {
        case "!":
            // A comment runs to the first closing delimiter, whatever it holds.
            guard let end = find(["}", "}"], in: characters, from: index + 1) else { return nil }
            return (end + 2, "", false)
        case "#", "^", "/", ">", "<", "$", "=", "%":
            return nil
        case "{":
            escaped = false
            closing = "}}}"
            index += 1
        case "&":
            escaped = false
            index += 1
        default:
            break
        }
        // As swift-mustache's `parseName`: blanks, name characters, blanks, the delimiter.
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        let nameStart = index
        while index < characters.count, nameCharacters.contains(characters[index]) { index += 1 }
        let name = String(characters[nameStart..<index])
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        let delimiter = Array(closing)
        guard index + delimiter.count <= characters.count,
            Array(characters[index..<(index + delimiter.count)]) == delimiter,
            !characters[start..<index].contains(where: \.isNewline)
        else { return nil }
        return (index + delimiter.count, name, escaped)
    }

    /// Whether the parser reads `text` as it reads a variable tag in its place (see the type's
    /// comment).
    private static func isPlainText(_ text: String) -> Bool {
        guard let first = text.first, first != " ", first != "\t" else { return false }
        return !text.contains { $0.isNewline || $0 == "{" }
    }

    /// The characters swift-mustache allows in a variable's name (with transforms).
    private static let nameCharacters = Set<Character>(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")

    /// Where `pattern` next occurs in `characters` from `start`.
    private static func find(_ pattern: [Character], in characters: [Character], from start: Int) -> Int? {
        var index = start
        while index + pattern.count <= characters.count {
            if Array(characters[index..<(index + pattern.count)]) == pattern { return index }
            index += 1
        }
        return nil
    }
}
