import Testing

@testable import DossierRenderer

/// Variables naming the interface's words are written into the parsed templates as the text
/// they render, and nothing else changes.
struct LabelSpecialiserTests {
    private static let labels = UIStrings.arabic
    private static let specialiser = LabelSpecialiser(labels: labels)

    /// A page model with labels, a list and a flag, as templates see one.
    private struct Page: TemplateParent {
        let labels = LabelSpecialiserTests.labels
        let items = ["a<b", "c"]
        let flag = true
        func child(named name: String) -> (any TemplateValue)? {
            switch name {
            case "labels": labels
            case "items": items
            case "flag": flag
            default: nil
            }
        }
    }

    /// A model without labels: a variable it renders shows nothing, so what shows was written in.
    private struct Bare: TemplateParent {
        func child(named name: String) -> (any TemplateValue)? { nil }
    }

    /// `template` parsed and specialised.
    private static func specialised(_ template: String) throws -> ParsedTemplate {
        ParsedTemplate(nodes: specialiser.specialise(try TemplateParser.parse(template).nodes))
    }

    /// What `template`, specialised, renders for a model that has no labels.
    private static func writtenIn(_ template: String) throws -> String {
        String(
            decoding: TemplateRenderer.render(try specialised(template), model: Bare(), partials: [:]), as: UTF8.self)
    }

    @Test func writesTheWordsIntoTheTemplate() throws {
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
            // Inside sections, and with other delimiters.
            ("{{#flag}}{{labels.search}}{{/flag}}", ""),
            ("{{^flag}}{{labels.search}}{{/flag}}", labels.search),
            ("{{=<% %>=}}<% labels.search %>", labels.search),
        ]
        for (template, expected) in cases {
            #expect(try Self.writtenIn(template) == expected, "\(template)")
        }
        #expect(TemplateEscaping.escape(labels.fingerprintHTML).contains("&lt;span"))
    }

    /// Sections, unknown words, words that are not strings, names with a leading dot, other
    /// names and partials keep their tag.
    @Test func leavesEveryOtherTagAsWritten() throws {
        let kept = [
            "{{#labels}}x{{/labels}}", "{{^labels.search}}x{{/labels.search}}", "{{labels.noSuchWord}}",
            "{{labels.articleCount}}", "{{labels.commentary}}", "{{labels}}", "{{.labels.search}}",
            "{{! {{labels.search}} }}", "{{> labels.search}}", "{{search}}",
        ]
        for template in kept {
            #expect(try Self.specialised(template) == TemplateParser.parse(template), "\(template)")
        }
    }

    /// Lines with standalone tags, lists, flags, comments and words that render empty render
    /// the same bytes specialised as written, for a model carrying the labels.
    @Test(arguments: [
        "{{labels.search}}{{#flag}}\nx\n{{/flag}}\n",
        "  {{labels.search}}\n  {{#items}}\n    <li>{{.}} {{labels.commentary.note}}</li>\n  {{/items}}\n",
        "{{#items}}{{labels.search}}{{/items}}\n{{^flag}}{{labels.home}}{{/flag}}\n",
        "{{labels.search}} {{! comment }}\n{{labels.noSuchWord}}|{{{labels.footerHTML}}}\n",
        "\t{{labels.titleSeparator}}{{#flag}}\n{{labels.listSeparator}}\n{{/flag}}\n",
        "{{#labels}}{{search}}{{/labels}}{{labels.fingerprintHTML}}",
    ])
    func rendersWhatTheOriginalRenders(_ template: String) throws {
        let original = TemplateRenderer.render(try TemplateParser.parse(template), model: Page(), partials: [:])
        let rendered = TemplateRenderer.render(try Self.specialised(template), model: Page(), partials: [:])
        #expect(rendered == original)
        #expect(try Self.specialised(template) != TemplateParser.parse(template), "nothing was written in")
    }
}
