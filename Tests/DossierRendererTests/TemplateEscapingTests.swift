import Mustache
import Testing

@testable import DossierRenderer

/// `TemplateEscaping` writes `{{ }}` values byte for byte as swift-mustache's own HTML escaping
/// (swift-mustache rendered the project's pages before; it stays as the tests' reference).
struct TemplateEscapingTests {
    /// A model with one string, read by `{{value}}` (swift-mustache reads it through `Mirror`).
    private struct Value {
        let value: String
    }

    /// Plain text, each replaced character, and clusters that start with one of them (a
    /// combining mark after `<`, a fatha after a quote) or join one to a prepended sign, which
    /// swift-mustache keeps as they are.
    private static let cases = [
        "", "plain", "نص عربي", "a<b>c", "x & y", #"say "hi""#, "it's", "<\u{338}", "'\u{64E}", "\u{600}<",
        "&amp;", "<<>>", "😀&😀", "\r\n<", "a\u{301}<b",
    ]

    @Test(arguments: cases) func escapesAsSwiftMustache(_ text: String) throws {
        let theirs = try MustacheTemplate(string: "{{value}}").render(Value(value: text))
        #expect(Array(TemplateEscaping.escape(text).utf8) == Array(theirs.utf8))
    }

    /// Code points HTML forbids (a NUL from a YAML escape, a terminal's colour codes, C1
    /// controls, noncharacters) are dropped; swift-mustache would copy them into the page.
    @Test func dropsForbiddenCodePoints() {
        #expect(
            TemplateEscaping.escape("مؤسسة\u{0}الاختبار\u{1B}[31m\u{7F}\u{85}<\u{FFFE}\t\n")
                == "مؤسسةالاختبار[31m&lt;\t\n")
        #expect(TemplateEscaping.escape("\u{1}") == "")
    }

    /// Text without any of the five characters is returned as it is, not rebuilt.
    @Test func textWithNothingToEscapeIsReturnedAsItIs() {
        let text = String(repeating: "نص بلا رموز ", count: 100)
        #expect(TemplateEscaping.escape(text) == text)
        #expect(TemplateEscaping.escape("a<b") == "a&lt;b")
    }
}
