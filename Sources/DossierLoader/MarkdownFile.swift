import DossierModel
import Foundation

/// A commentary file (`actors/`, `topics/`, `outlets/`, `notes/`, `index.md`): front matter
/// read as a YAML mapping, and the Markdown body with the line it starts on.
///
/// Not `Sendable`: it holds the YAML mapping and lives inside one loading function.
struct MarkdownFile {
    let id: String
    let path: String
    let mapping: YAMLMapping?
    let body: MarkdownText

    /// The file's first line, where file-level diagnostics point.
    var location: SourceLocation { SourceLocation(path: path) }

    /// Reads and splits the file; nil (after diagnostics) when it cannot be read.
    /// `requireFrontMatter` reports a file without front matter.
    static func read(
        _ relativePath: String, in folder: SourceFolder, requireFrontMatter: Bool, diagnostics: inout [Diagnostic]
    ) -> MarkdownFile? {
        let path = folder.displayPath(relativePath)
        guard let text = TextFile.read(relativePath, in: folder, limit: .commentary, diagnostics: &diagnostics) else {
            return nil
        }
        let split = FrontMatter(splitting: text)
        if split.unclosed {
            diagnostics.append(
                .error(
                    .frontMatterUnclosed, "the front matter opened on line 1 is never closed",
                    at: SourceLocation(path: path), fix: "Add a line `---` after the last front-matter key."))
            // Its keys are unread: saying each required one is missing would blame the wrong thing.
            if requireFrontMatter { return nil }
        }
        var mapping: YAMLMapping?
        if let yaml = split.yaml {
            mapping = YAMLMapping.parse(yaml, path: path, firstLine: split.yamlLine, diagnostics: &diagnostics)
            if mapping == nil { return nil }
        } else if requireFrontMatter, !split.unclosed {
            diagnostics.append(
                .error(
                    .frontMatterMissing, "the file has no front matter",
                    at: SourceLocation(path: path), fix: "Start the file with `---`, the keys, and another `---`."))
            return nil
        }
        let body = MarkdownText(text: split.body, location: SourceLocation(path: path, line: split.bodyLine, column: 1))
        return MarkdownFile(id: Identifier.stem(of: relativePath), path: path, mapping: mapping, body: body)
    }

    /// A required text key; a missing one is an error naming the key.
    func required(_ key: String, in what: String, diagnostics: inout [Diagnostic]) -> String? {
        YAMLMapping.required(
            key, of: mapping, in: what, missingAt: location,
            fixes: ("Add `\(key): …` to the front matter.", "Write the value after `\(key):`."),
            diagnostics: &diagnostics)
    }

    /// An optional list of text values.
    func list(_ key: String, diagnostics: inout [Diagnostic]) -> [String] {
        locatedList(key, diagnostics: &diagnostics).map(\.text)
    }

    /// An optional list of text values, each with where it is written.
    func locatedList(_ key: String, diagnostics: inout [Diagnostic]) -> [(text: String, location: SourceLocation)] {
        mapping?.stringList(key, diagnostics: &diagnostics) ?? []
    }

    /// An optional text value.
    func string(_ key: String, diagnostics: inout [Diagnostic]) -> String? {
        mapping?.string(key, diagnostics: &diagnostics)
    }

    /// The line of every key present, for later cross-reference errors.
    var keyLines: [String: Int] {
        Dictionary((mapping?.fields ?? []).map { ($0.key, $0.location.line) }, uniquingKeysWith: { first, _ in first })
    }
}
