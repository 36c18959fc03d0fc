import DossierModel
import Testing

@testable import DossierLoader

/// A character YAML refuses anywhere (a control character pasted from a page) is reported
/// where it stands, named by its code point, not at the file's first line.
struct YAMLControlCharacterTests {
    @Test func aControlCharacterIsReportedAtItsLineAndColumn() throws {
        var diagnostics: [Diagnostic] = []
        let yaml = "title: أ\nsubtitle: ب\nlanguage: \"a\u{07}r\"\n"
        #expect(YAMLMapping.parse(yaml, path: "d.yml", firstLine: 1, diagnostics: &diagnostics) == nil)
        let error = try #require(diagnostics.first)
        #expect(error.code == .yamlSyntax)
        #expect(error.location == SourceLocation(path: "d.yml", line: 3, column: 13))
        #expect(error.message.contains("(U+0007)"))
        #expect(error.fix == "Delete the character at this place: most editors do not show it.")
        // Front matter starts on the file's second line.
        diagnostics = []
        _ = YAMLMapping.parse("name: x\n# \u{1B}[2J\n", path: "a.md", firstLine: 2, diagnostics: &diagnostics)
        #expect(diagnostics.first?.location == SourceLocation(path: "a.md", line: 3, column: 3))
    }
}
