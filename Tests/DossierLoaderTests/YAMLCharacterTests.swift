import DossierModel
import Testing

@testable import DossierLoader

/// A character YAML refuses anywhere (a control character pasted from a page) is reported
/// where it stands, named by its code point, not at the file's first line; bidi controls in a
/// value are dropped, as they are from an article's text.
struct YAMLCharacterTests {
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

    /// A tab in the indentation and values nested past libyaml's limit are said in a reader's
    /// words, at their line, with no word of libyaml's C interface.
    @Test func tabsInTheIndentationAndDeepNestingAreSaidPlainly() throws {
        var diagnostics: [Diagnostic] = []
        _ = YAMLMapping.parse("name: x\naliases:\n\t- y\n", path: "a.md", firstLine: 2, diagnostics: &diagnostics)
        let tab = try #require(diagnostics.first)
        #expect(tab.message == "invalid YAML: a tab in the indentation: YAML indents with spaces only")
        #expect(tab.location?.line == 4)
        #expect(tab.fix == "Replace the tabs at the start of the line with spaces.")
        diagnostics = []
        let deep = "x: " + String(repeating: "[", count: 2_000) + String(repeating: "]", count: 2_000) + "\n"
        _ = YAMLMapping.parse(deep, path: "a.md", firstLine: 2, diagnostics: &diagnostics)
        let nested = try #require(diagnostics.first)
        #expect(nested.message == "invalid YAML: lists or mappings nested too deeply")
        #expect(!nested.message.contains("yaml_set"))
    }

    /// A right-to-left override in a title or an alias would turn round the text after it
    /// wherever it is shown: values are read as an article's text is, without bidi controls.
    /// A value holding «: », as a title may («تونس 2024: الانتخابات»), is told to be quoted.
    @Test func aColonInAValueIsToldToBeQuoted() throws {
        var diagnostics: [Diagnostic] = []
        _ = YAMLMapping.parse("title: تونس 2024: الانتخابات\n", path: "d.yml", firstLine: 1, diagnostics: &diagnostics)
        let error = try #require(diagnostics.first)
        #expect(error.message.contains("a value holds «: »"))
        #expect(error.fix?.contains("double quotes") == true)
        #expect(error.location?.line == 1)
    }

    @Test func bidiControlsAreDroppedFromValues() throws {
        var diagnostics: [Diagnostic] = []
        let yaml = "title: \"قمة\u{202E} جدة\"\naliases: [\"بو\u{2066}تين\u{2069}\"]\nsubtitle: \u{202B}نص\u{202C}\n"
        let mapping = try #require(YAMLMapping.parse(yaml, path: "d.yml", firstLine: 1, diagnostics: &diagnostics))
        #expect(mapping.string("title", diagnostics: &diagnostics) == "قمة جدة")
        #expect(mapping.string("subtitle", diagnostics: &diagnostics) == "نص")
        #expect(mapping.stringList("aliases", diagnostics: &diagnostics)?.map(\.text) == ["بوتين"])
        #expect(diagnostics.isEmpty)
    }
}
