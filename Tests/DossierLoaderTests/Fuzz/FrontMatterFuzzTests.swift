import DossierModel
import PropertyBased
import Testing

@testable import DossierLoader

/// The front-matter splitter and the YAML reader on random, YAML-shaped text: no crash, no
/// hang, a document that is not read gives an error, and every error points into the file.
/// The time limit stops a hang, nothing more: a busy machine took three minutes where an idle
/// one takes seconds.
@Suite(.timeLimit(.minutes(10)))
struct FrontMatterFuzzTests {
    /// Pieces of YAML lines, chosen for the constructs that break readers: flow collections,
    /// anchors and aliases, tags, block scalars, quotes, merge keys, odd indentation.
    private static let pieces = [
        "title", "name", "aliases", "kind", "terms", "url", "base_url", "max_article_bytes", ": ", ":", " ", "  ",
        "    ", "- ", "[", "]", "{", "}", ", ", "&a ", "*a", "!!str ", "!!int ", "|", ">", "\"", "'", "#", "~",
        "<<: *a", "42", "-1", "1e9", "0x1F", "null", "true", "https://example.org/", "javascript:x", "«اسم»",
        "بوتين", "محمد بن سلمان", "\u{0}", "\t", "\u{FEFF}", "\u{202E}", "%", "@", "`", "? ", "---", "...",
    ]

    /// A YAML-shaped document of up to 12 lines.
    private static let yaml = Gen<Int>.value(in: 0...Int.max).array(of: 0...8).array(of: 0...12).map { lines in
        lines.map { line in line.map { pieces[$0 % pieces.count] }.joined() }.joined(separator: "\n")
    }

    @Test func theSplitterKeepsEveryLineAccountedFor() async {
        await propertyCheck(count: 4000, input: Self.yaml, Gen<Int>.value(in: 0...3)) { yaml, shape in
            let text = ["---\n" + yaml + "\n---\nنص", yaml, "---\n" + yaml, "---\n" + yaml + "\n...\n\n\nنص"][shape]
            let split = FrontMatter(splitting: text)
            let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
            if let front = split.yaml {
                #expect(split.yamlLine == 2)
                #expect(split.bodyLine >= 3 && split.bodyLine <= lineCount + 1)
                // The opening line is `---`, trailing spaces allowed; the YAML follows it.
                let opening = text.prefix { $0 != "\n" }
                #expect(opening.hasPrefix("---") && opening.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" })
                #expect(text.dropFirst(opening.count + 1).hasPrefix(front))
                #expect(!split.unclosed)
            } else {
                #expect(split.body == text)
            }
        }
    }

    @Test func theReaderReadsOrReportsInsideTheYAML() async {
        await propertyCheck(count: 4000, input: Self.yaml) { yaml in
            var diagnostics: [Diagnostic] = []
            let mapping = YAMLMapping.parse(yaml, path: "f.md", firstLine: 2, diagnostics: &diagnostics)
            if mapping == nil { #expect(diagnostics.hasErrors) }
            let lastLine = 2 + yaml.split(separator: "\n", omittingEmptySubsequences: false).count
            for diagnostic in diagnostics {
                let line = diagnostic.location?.line ?? 0
                #expect((2...lastLine).contains(line), "\(diagnostic) in \(yaml.debugDescription)")
                #expect(diagnostic.fix != nil)
            }
            guard let mapping else { return }
            var fieldDiagnostics: [Diagnostic] = []
            for field in mapping.fields {
                _ = mapping.string(field.key, diagnostics: &fieldDiagnostics)
                _ = mapping.stringList(field.key, diagnostics: &fieldDiagnostics)
                _ = mapping.positiveInteger(field.key, diagnostics: &fieldDiagnostics)
                if let address = mapping.webAddress(field.key, diagnostics: &fieldDiagnostics) {
                    #expect(address.hasPrefix("http://") || address.hasPrefix("https://"))
                }
            }
            #expect(fieldDiagnostics.allSatisfy { $0.location?.path == "f.md" })
        }
    }

    /// Hostile documents from the issue's probe, kept as regressions: they are read or refused
    /// at once.
    @Test(
        arguments: [
            // A billion-laughs alias bomb.
            (1...9).map { level in
                "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "]"
            }.joined(separator: "\n").replacingOccurrences(of: "*l0", with: "lol"),
            // Deep nesting.
            String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000),
            "title: a\ntitle: b",
            "aliases: 42",
            "title: \u{0}",
        ])
    func hostileDocumentsAreReadOrRefused(_ yaml: String) {
        let clock = ContinuousClock()
        let start = clock.now
        var diagnostics: [Diagnostic] = []
        let mapping = YAMLMapping.parse(yaml, path: "f.md", firstLine: 2, diagnostics: &diagnostics)
        if let mapping {
            for field in mapping.fields { _ = mapping.stringList(field.key, diagnostics: &diagnostics) }
        }
        #expect(mapping != nil || diagnostics.hasErrors)
        #expect(clock.now - start < .seconds(5))
    }
}
