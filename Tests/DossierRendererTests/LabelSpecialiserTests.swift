import Mustache
import Testing

@testable import DossierRenderer

/// Tags naming the interface's words are written into the templates only where the template
/// then renders and parses exactly as before.
struct LabelSpecialiserTests {
    private static let labels = UIStrings.arabic
    private static let specialiser = LabelSpecialiser(labels: labels)

    /// A page model with labels, a list and a flag, as templates see one.
    private struct Page: MustacheParent {
        let labels = LabelSpecialiserTests.labels
        let items = ["a<b", "c"]
        let flag = true
        func child(named name: String) -> Any? {
            switch name {
            case "labels": labels
            case "items": items
            case "flag": flag
            default: nil
            }
        }
    }

    @Test func writesTheWordsIntoTheTemplate() {
        let labels = Self.labels
        let cases: [(String, String)] = [
            ("<b>{{labels.search}}</b>", "<b>\(labels.search)</b>"),
            ("{{ labels.search }}", labels.search),
            ("{{labels.commentary.note}}", labels.commentary.note),
            ("{{{labels.footerHTML}}}", labels.footerHTML),
            ("{{&labels.footerHTML}}", labels.footerHTML),
            // Escaped as `{{ }}` escapes it: the word's own markup shows as text.
            ("{{labels.fingerprintHTML}}", TemplateEscaping.escape(labels.fingerprintHTML)),
            ("{{labels..search}}", labels.search),
        ]
        for (template, expected) in cases {
            #expect(Self.specialiser.specialise(template) == expected, "\(template)")
        }
        #expect(TemplateEscaping.escape(labels.fingerprintHTML).contains("&lt;span"))
    }

    /// Sections, unknown words, words that are not strings, names with a leading dot or a
    /// transform, comments, tags over several lines and words the parser would read
    /// differently (leading blanks) keep their tag.
    @Test func leavesEveryOtherTagAsWritten() {
        let kept = [
            "{{#labels}}x{{/labels}}", "{{^labels.search}}x{{/labels.search}}", "{{labels.noSuchWord}}",
            "{{labels.articleCount}}", "{{labels.commentary}}", "{{labels}}", "{{.labels.search}}",
            "{{uppercased(labels.search)}}", "{{! {{labels.search}} }}", "{{\nlabels.search}}",
            "{{labels.titleSeparator}}", "{{> labels.search}}", "{{search}}", "{{labels.search",
        ]
        for template in kept {
            #expect(Self.specialiser.specialise(template) == template, "\(template)")
        }
    }

    /// A set that changes delimiters or content type anywhere is rendered as written.
    @Test func delimiterAndPragmaTagsStopTheSpecialising() {
        #expect(LabelSpecialiser.canSpecialise(["{{labels.search}}", "<p>{{name}}</p>"]))
        #expect(!LabelSpecialiser.canSpecialise(["{{labels.search}}", "{{=<% %>=}}<% labels.search %>"]))
        #expect(!LabelSpecialiser.canSpecialise(["{{% CONTENT_TYPE: TEXT}}{{labels.search}}"]))
    }

    /// Lines whose tags the parser treats as standalone (or not) keep their blanks and line
    /// breaks: the specialised template renders the same bytes as the original.
    @Test(arguments: [
        "{{labels.search}}{{#flag}}\nx\n{{/flag}}\n",
        "  {{labels.search}}\n  {{#items}}\n    <li>{{.}} {{labels.commentary.note}}</li>\n  {{/items}}\n",
        "{{#items}}{{labels.search}}{{/items}}\n{{^flag}}{{labels.home}}{{/flag}}\n",
        "{{labels.search}} {{! comment }}\n{{labels.noSuchWord}}|{{{labels.footerHTML}}}\n",
        "\t{{labels.titleSeparator}}{{#flag}}\n{{labels.listSeparator}}\n{{/flag}}\n",
        "{{#labels}}{{search}}{{/labels}}{{labels.fingerprintHTML}}",
    ])
    func rendersWhatTheOriginalRenders(_ template: String) throws {
        let special = Self.specialiser.specialise(template)
        let original = try MustacheTemplate(string: template).render(Page())
        let rendered = try MustacheTemplate(string: special).render(Page())
        #expect(Array(rendered.utf8) == Array(original.utf8))
    }

    /// A text the parser would read otherwise than the tag (empty, leading blanks, a line
    /// break, a brace) or that would join the characters around its tag into other grapheme
    /// clusters is not written in.
    @Test func textThatWouldParseDifferentlyIsLeft() {
        let cases: [(text: String, template: String, written: Bool)] = [
            ("word", "a{{x}}b", true),
            ("", "a{{x}}b", false),
            (" word", "a{{x}}b", false),
            ("\tword", "a{{x}}b", false),
            ("two\nlines", "a{{x}}b", false),
            ("a{b", "a{{x}}b", false),
            // A combining mark would join the `a` before the tag.
            ("\u{301}word", "a{{x}}b", false),
            // A prepended sign (U+0600) would join the `b` after it.
            ("word\u{600}", "a{{x}}b", false),
        ]
        for (text, template, written) in cases {
            let result = LabelSpecialiser.specialise(template) { name, _ in name == "x" ? text : nil }
            #expect(result == (written ? "a\(text)b" : template), "\(text.unicodeScalars.map(\.value))")
        }
    }
}
