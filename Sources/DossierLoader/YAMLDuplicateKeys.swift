import DossierModel
import Yams

/// Places the keys Yams reports as duplicated: it gives only the start of their mapping and a
/// dump of the YAML, so the copies are found again in the text and each is reported at its line.
enum YAMLDuplicateKeys {
    /// One error per repeated key, at the line of each copy after the first; one error at the
    /// mapping's start when a copy cannot be placed (a `{…}` mapping on one line).
    static func diagnostics(
        keys: [String], mappingStart: Mark, yaml: String, path: String, firstLine: Int
    ) -> [Diagnostic] {
        let duplicated = Set(keys)
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let indent = max(0, mappingStart.column - 1)
        var seen: [String: Int] = [:]
        var result: [Diagnostic] = []
        for index in max(0, mappingStart.line - 1)..<lines.count {
            let line = Array(lines[index].unicodeScalars)
            let leading = line.prefix { $0 == " " }.count
            let isBlank = line.allSatisfy { $0 == " " || $0 == "\r" } || line.dropFirst(leading).first == "#"
            if index > mappingStart.line - 1, !isBlank, leading < indent { break }
            guard index == mappingStart.line - 1 || leading == indent, line.count > indent,
                let key = key(in: String(String.UnicodeScalarView(line[indent...]))), duplicated.contains(key)
            else { continue }
            let number = firstLine + index
            if let first = seen[key] {
                result.append(
                    .error(
                        .duplicateKey, "key `\(key)` is written twice (first on line \(first)); the file is not read",
                        at: SourceLocation(path: path, line: number, column: indent + 1),
                        fix: "Keep one `\(key)` line and delete the other."))
            } else {
                seen[key] = number
            }
        }
        guard result.isEmpty else { return result }
        let names = keys.sorted().map { "`\($0)`" }.joined(separator: ", ")
        return [
            .error(
                .duplicateKey, "key \(names) is written more than once in this mapping; the file is not read",
                at: SourceLocation(path: path, line: firstLine + mappingStart.line - 1, column: mappingStart.column),
                fix: "Keep one of each and delete the others.")
        ]
    }

    /// The key of a `key: value` line (quotes removed), or nil for any other line.
    private static func key(in text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        var key = text[..<colon].trimmingCharacters(in: " ")
        if key.count >= 2, let quote = key.first, quote == "\"" || quote == "'", key.last == quote {
            key = String(key.dropFirst().dropLast())
        }
        return key.isEmpty ? nil : key
    }
}

extension Substring {
    /// The text without `character` at either end.
    fileprivate func trimmingCharacters(in character: Character) -> String {
        String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
    }
}
