import ArabicText
import DossierModel
import Yams

/// A YAML mapping read with Yams `compose`, keeping the line and column of every key so that
/// each problem can be reported at `file:line:col`.
///
/// Not `Sendable`: it holds Yams nodes and lives only inside one loading function.
struct YAMLMapping {
    /// One `key: value` pair of the mapping.
    struct Field {
        let key: String
        let value: Node
        let location: SourceLocation
    }

    let fields: [Field]
    /// Where the mapping starts (the first key, or the start of the document).
    let location: SourceLocation
    /// The file line of the YAML text's line 1, to place nested nodes.
    let firstLine: Int

    /// Parses a YAML document whose first line is line `firstLine` of the file at `path`.
    /// Returns nil (after adding a diagnostic) when the YAML is malformed or not a mapping;
    /// an empty document is an empty mapping.
    static func parse(
        _ yaml: String, path: String, firstLine: Int, diagnostics: inout [Diagnostic]
    ) -> YAMLMapping? {
        let start = SourceLocation(path: path, line: firstLine, column: 1)
        let node: Node?
        do {
            // The encoding named: its default is read from the environment at every parse (and,
            // when set there, announced on standard output).
            node = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch YamlError.duplicatedKeysInMapping(let keys, let context) {
            diagnostics += YAMLDuplicateKeys.diagnostics(
                keys: keys, mappingStart: context.mark, yaml: yaml, path: path, firstLine: firstLine)
            return nil
        } catch let error as YamlError {
            diagnostics.append(syntaxDiagnostic(error, path: path, firstLine: firstLine))
            return nil
        } catch {
            diagnostics.append(
                .error(
                    .yamlSyntax, "cannot read YAML: \(error)", at: start,
                    fix: "Check the YAML syntax (indentation, colons, quotes)."))
            return nil
        }
        guard let node else { return YAMLMapping(fields: [], location: start, firstLine: firstLine) }
        return YAMLMapping(node: node, path: path, firstLine: firstLine, what: "the file", diagnostics: &diagnostics)
    }

    /// Reads a mapping node; `what` names it in messages («the file», «event 3»).
    init?(node: Node, path: String, firstLine: Int, what: String, diagnostics: inout [Diagnostic]) {
        let nodeLocation = YAMLMapping.location(of: node, path: path, firstLine: firstLine)
        guard case .mapping(let mapping) = node else {
            diagnostics.append(
                .error(
                    .yamlNotMapping, "\(what) must be a YAML mapping of `key: value` lines", at: nodeLocation,
                    fix: "Write one `key: value` pair per line."))
            return nil
        }
        var fields: [Field] = []
        var seen: Set<String> = []
        for (keyNode, value) in mapping {
            let keyLocation = YAMLMapping.location(of: keyNode, path: path, firstLine: firstLine)
            guard case .scalar(let scalar) = keyNode else {
                diagnostics.append(
                    .error(
                        .yamlBadKey, "keys must be plain words", at: keyLocation,
                        fix: "Use a plain word such as `title` as the key."))
                continue
            }
            if !seen.insert(scalar.string).inserted {
                diagnostics.append(
                    .error(
                        .duplicateKey, "key `\(scalar.string)` appears twice", at: keyLocation,
                        fix: "Keep one `\(scalar.string)` line and delete the other."))
                continue
            }
            fields.append(Field(key: scalar.string, value: value, location: keyLocation))
        }
        self.fields = fields
        self.location = nodeLocation
        self.firstLine = firstLine
    }

    private init(fields: [Field], location: SourceLocation, firstLine: Int) {
        self.fields = fields
        self.location = location
        self.firstLine = firstLine
    }

    /// The file location of a node (Yams marks are 1-based within the YAML text).
    static func location(of node: Node, path: String, firstLine: Int) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(path: path, line: firstLine, column: 1) }
        return SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
    }

    private static func syntaxDiagnostic(_ error: YamlError, path: String, firstLine: Int) -> Diagnostic {
        let fix = "Check the YAML syntax near this place (indentation, a missing colon or quote)."
        switch error {
        case .scanner(let context, let problem, let mark, let yaml),
            .parser(let context, let problem, let mark, let yaml),
            .composer(let context, let problem, let mark, let yaml):
            let location = SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
            if let plain = plainWords(problem: problem, at: mark, in: error) {
                return .error(.yamlSyntax, "invalid YAML: \(plain.message)", at: location, fix: plain.fix)
            }
            if let unclosed = YAMLUnclosedSyntax.explain(
                problem: problem, context: context, problemLine: mark.line, yaml: yaml)
            {
                let opened = SourceLocation(path: path, line: unclosed.line + firstLine - 1, column: unclosed.column)
                return .error(.yamlSyntax, "invalid YAML: \(unclosed.message)", at: opened, fix: unclosed.fix)
            }
            let detail = context.map { "\($0.text) " } ?? ""
            return .error(.yamlSyntax, "invalid YAML: \(detail)\(problem)", at: location, fix: fix)
        case .reader(let problem, let offset, let value, let yaml):
            // The offset counts characters from the start of the YAML text.
            guard let offset, let index = yaml.index(yaml.startIndex, offsetBy: offset, limitedBy: yaml.endIndex)
            else {
                return .error(
                    .yamlSyntax, "invalid YAML: \(problem)", at: SourceLocation(path: path, line: firstLine, column: 1),
                    fix: fix)
            }
            let before = yaml[..<index]
            let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
            let location = SourceLocation(
                path: path, line: firstLine + before.count(where: { $0 == "\n" }),
                column: before[lineStart...].unicodeScalars.count + 1)
            let character = value >= 0 ? String(format: " (U+%04X)", value) : ""
            return .error(
                .yamlSyntax, "invalid YAML: \(problem)\(character)", at: location,
                fix: "Delete the character at this place: most editors do not show it.")
        default:
            let location = SourceLocation(path: path, line: firstLine, column: 1)
            return .error(.yamlSyntax, "invalid YAML: \(error)", at: location, fix: fix)
        }
    }
}

extension YAMLMapping {
    /// libyaml's problems that say too little, or name its C interface, in a reader's words:
    /// a tab where indentation is («found character that cannot start any token», «found a tab
    /// character that violates indentation»), and values
    /// nested past its limit («Maximum nesting level reached, set with yaml_set_max_nest_level()»).
    fileprivate static func plainWords(problem: String, at mark: Mark, in error: YamlError) -> (
        message: String, fix: String
    )? {
        // `title: Tunis 2024: the vote`: a second «: » in a value starts another mapping for YAML.
        if problem.hasPrefix("mapping values are not allowed") {
            return (
                "a value holds «: » (a colon and a space), which YAML reads as the start of another key",
                "Put the whole value in double quotes, as in `title: \"…: …\"`."
            )
        }
        if problem.hasPrefix("Maximum nesting level reached") {
            return (
                "lists or mappings nested too deeply",
                "Write the value as text or a list of text, as dossier's keys take: nothing is nested that deep."
            )
        }
        // «found character that cannot start any token» before a key, «found a tab character
        // that violates indentation» inside a list's item.
        guard problem.contains("cannot start any token") || problem.contains("tab character"),
            let yaml = Self.yamlText(of: error)
        else { return nil }
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count,
            lines[mark.line - 1].prefix(while: { $0 == " " || $0 == "\t" }).contains("\t")
        else { return nil }
        return (
            "a tab in the indentation: YAML indents with spaces only",
            "Replace the tabs at the start of the line with spaces."
        )
    }

    /// The YAML text an error of Yams carries.
    private static func yamlText(of error: YamlError) -> String? {
        switch error {
        case .scanner(_, _, _, let yaml), .parser(_, _, _, let yaml), .composer(_, _, _, let yaml): return yaml
        default: return nil
        }
    }

    /// The trimmed text of the required `key` of `mapping` (nil: the file has no front matter).
    /// An error when it is missing (at `missingAt`, fixed by `fixes.missing`) or written with
    /// nothing after it (`key:`, which YAML reads as null) or only spaces (at its line, fixed by
    /// `fixes.empty`); nil then, or when it is not text (reported already).
    static func required(
        _ key: String, of mapping: YAMLMapping?, in what: String, missingAt: SourceLocation,
        fixes: (missing: String, empty: String), diagnostics: inout [Diagnostic]
    ) -> String? {
        let value = mapping?.string(key, diagnostics: &diagnostics)?.trimmingCharacters(in: .whitespaces)
        if let value, !value.isEmpty { return value }
        if let field = mapping?.fields.first(where: { $0.key == key }) {
            guard value != nil || field.value.isNull else { return nil }
            diagnostics.append(
                .error(.missingKey, "\(what) has an empty `\(key)`", at: field.location, fix: fixes.empty))
        } else {
            diagnostics.append(.error(.missingKey, "\(what) has no `\(key)`", at: missingAt, fix: fixes.missing))
        }
        return nil
    }

    /// The field for `key`, if present and not null.
    func field(_ key: String) -> Field? {
        fields.first { $0.key == key && !$0.value.isNull }
    }

    /// Reports every key not in `allowed` (an error naming the file line and the allowed keys).
    func checkKeys(allowed: [String], in what: String, diagnostics: inout [Diagnostic]) {
        for field in fields where !allowed.contains(field.key) {
            diagnostics.append(
                .error(
                    .unknownKey,
                    "unknown key `\(field.key)` in \(what); allowed keys: \(allowed.joined(separator: ", "))",
                    at: field.location,
                    fix: ClosestSpelling.of(field.key, among: allowed).map {
                        "Did you mean `\($0)`? Rename `\(field.key)` to it, or delete the line."
                    } ?? "Rename `\(field.key)` to one of the allowed keys, or delete the line."))
        }
    }

    /// A text value; a list or mapping is a type error, and so is a name or title longer than
    /// any (`name(_:of:at:diagnostics:)`).
    func string(_ key: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let field = field(key) else { return nil }
        guard case .scalar(let scalar) = field.value else {
            diagnostics.append(
                .error(
                    .wrongType, "`\(key)` must be a single text value, not a list or mapping", at: field.location,
                    fix: "Write `\(key): value` on one line."))
            return nil
        }
        // As an article's text is read (`ArabicNormalizer.displayText`): a right-to-left
        // override in a title would turn the text after it round wherever the title is shown.
        return Self.name(
            ArabicNormalizer.displayText(scalar.string), of: key, at: field.location, diagnostics: &diagnostics)
    }

    /// An optional whole number above zero (`12_000` or `12000`): an error at the key's line otherwise.
    func positiveInteger(_ key: String, diagnostics: inout [Diagnostic]) -> Int? {
        guard let field = field(key), let text = string(key, diagnostics: &diagnostics) else { return nil }
        let digits = text.filter { $0 != "_" }
        guard let value = Int(digits), value > 0 else {
            // All digits, yet no Int: more than a 64-bit number holds.
            let tooLarge = Int(digits) == nil && !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
            diagnostics.append(
                .error(
                    .badValue,
                    tooLarge
                        ? "`\(key)` is too large: `\(text)`"
                        : "`\(key)` must be a whole number above zero, not `\(text)`", at: field.location,
                    fix: "Write a number such as `\(key): 5000000`, or delete the line to use the default."))
            return nil
        }
        return value
    }

    /// An optional yes/no value (`true`/`false`, `yes`/`no`): an error at the key's line otherwise.
    func boolean(_ key: String, diagnostics: inout [Diagnostic]) -> Bool? {
        guard let field = field(key), let text = string(key, diagnostics: &diagnostics) else { return nil }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            diagnostics.append(
                .error(
                    .badValue, "`\(key)` must be `true` or `false` (or `yes`, `no`), not `\(text)`",
                    at: field.location,
                    fix: "Write `\(key): true` or `\(key): false`."))
            return nil
        }
    }

    /// An optional web address: an error at the key's line when the value is not an absolute
    /// `http(s)` URL with a host, and then nil, so no other scheme reaches a page or a feed.
    func webAddress(_ key: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let field = field(key),
            let text = string(key, diagnostics: &diagnostics), !text.isEmpty
        else { return nil }
        // A character to encode is named: the address is otherwise often right.
        if let scalar = WebAddress.characterToEncode(in: text) {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let encoded =
                scalar.isASCII ? "%" + String(repeating: "0", count: 2 - hex.count) + hex : "its UTF-8 bytes, %XX each"
            diagnostics.append(
                .error(
                    .badURL,
                    "`\(key)` holds «\(scalar)» (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)), which a web address writes as \(encoded)",
                    at: field.location,
                    fix:
                        "Copy the address from the browser's address bar, which encodes it, or write \(encoded) in its place."
                ))
            return nil
        }
        guard WebAddress.isValid(text) else {
            diagnostics.append(
                .error(
                    .badURL, "`\(key)` must be an absolute http:// or https:// address with a host, not `\(text)`",
                    at: field.location,
                    fix: "Write the full address, such as `\(key): https://example.org/…`, or delete the line."
                ))
            return nil
        }
        return text
    }

    /// The error for a number or yes/no where a list of text values is expected.
    private static func notText(_ value: String, in key: String, at location: SourceLocation) -> Diagnostic {
        .error(
            .wrongType, "`\(key)` takes text, but `\(value)` is read as a number or yes/no value; it is ignored",
            at: location, fix: "Write the text it stands for, or quote it (`'\(value)'`) if it really is that text.")
    }

    /// A list of text values with the location of each item; a single value counts as a one-item list.
    func stringList(_ key: String, diagnostics: inout [Diagnostic]) -> [(text: String, location: SourceLocation)]? {
        guard let field = field(key) else { return nil }
        let path = field.location.path
        switch field.value {
        case .scalar(let scalar):
            guard !field.value.isNumberOrBoolean else {
                diagnostics.append(Self.notText(scalar.string, in: key, at: field.location))
                return []
            }
            return [(ArabicNormalizer.displayText(scalar.string), field.location)]
        case .sequence(let sequence):
            var items: [(text: String, location: SourceLocation)] = []
            var seen = SeenTexts()
            for item in sequence {
                let location = YAMLMapping.location(of: item, path: path, firstLine: firstLine)
                guard case .scalar(let scalar) = item, !item.isNull else {
                    diagnostics.append(
                        .error(
                            .wrongType, "every item of `\(key)` must be a text value", at: location,
                            fix: "Write the items as `[a, b]` or as `- a` lines."))
                    continue
                }
                guard !item.isNumberOrBoolean else {
                    diagnostics.append(Self.notText(scalar.string, in: key, at: location))
                    continue
                }
                // A value listed again (`*name` repeating an anchored one) says nothing more.
                guard seen.insert(scalar.string) else { continue }
                items.append((ArabicNormalizer.displayText(scalar.string), location))
            }
            return items
        default:
            diagnostics.append(
                .error(
                    .wrongType, "`\(key)` must be a list of text values", at: field.location,
                    fix: "Write `\(key): [a, b]`."))
            return nil
        }
    }
}

extension Node {
    /// True for an unquoted value YAML reads as a number or a yes/no (`42`, `3.5`, `true`),
    /// which a list of text values (aliases, terms, quotes) would otherwise take as text.
    var isNumberOrBoolean: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain else { return false }
        return [Tag.Name.int, .float, .bool].map(\.rawValue).contains(tag.rawValue)
    }

    /// True for `~`, `null` and an empty value.
    var isNull: Bool {
        guard case .scalar(let scalar) = self else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}

/// The texts of a list met so far. A text is compared only with those of its length, and `==`
/// finds a copy of the same text (an alias `*name` of YAML repeats its anchor's) at once:
/// hashing would read all of a long text at every repeat, and a list may repeat one thousands
/// of times.
private struct SeenTexts {
    private var byLength: [Int: [String]] = [:]

    /// Adds `text`; false when it was there already.
    mutating func insert(_ text: String) -> Bool {
        let length = text.utf8.count
        if byLength[length]?.contains(text) == true { return false }
        byLength[length, default: []].append(text)
        return true
    }
}
