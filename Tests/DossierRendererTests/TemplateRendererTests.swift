import Foundation
import Mustache
import Testing

@testable import DossierRenderer

/// Dossier's own template engine renders what swift-mustache, which rendered the project's
/// pages before, renders: the same bytes for every page model sample with the project's
/// templates, and for hand-written templates that try every tag and every whitespace rule.
/// swift-mustache reads the models through `Mirror`, so it sees their stored properties.
struct TemplateRendererTests {
    private static let templatesFolder = RendererTestPaths.templates

    @Test func everySampleRendersAsSwiftMustacheRendersIt() async throws {
        let set = try await TemplateSet.load(directory: Self.templatesFolder)
        var theirs = MustacheLibrary()
        for (path, bytes) in set.templateSources {
            theirs.register(
                try MustacheTemplate(string: String(decoding: bytes, as: UTF8.self)),
                named: String(path.dropLast(".mustache".count)))
        }
        let samples = TemplateModelSamples.rendered
        #expect(samples.count > 20)
        for (model, template) in samples {
            let expected = try #require(theirs.render(model, withTemplate: template.rawValue))
            let ours = try #require(set.renderAsWritten(model, template: template.rawValue))
            #expect(Array(ours.utf8) == Array(expected.utf8), "\(type(of: model)) with \(template.rawValue)")
            #expect(ours.count > 100)
        }
    }

    /// A model with every kind of value.
    private struct Sample: TemplateParent {
        struct Child: TemplateParent {
            let name = "child's"
            let items = ["x"]
            func child(named name: String) -> (any TemplateValue)? {
                switch name {
                case "name": self.name
                case "items": items
                default: nil
                }
            }
        }

        let name = "a <b> & \"c\""
        let title = "العنوان"
        let html = "<em>markup</em>"
        let empty = ""
        let flag = true
        let off = false
        let count = 3
        let zero = 0
        let items = ["one", "two", "three"]
        let none: [String] = []
        let missing: String? = nil
        let child = Child()
        let children = [Child(), Child()]

        func child(named name: String) -> (any TemplateValue)? {
            switch name {
            case "name": self.name
            case "title": title
            case "html": html
            case "empty": empty
            case "flag": flag
            case "off": off
            case "count": count
            case "zero": zero
            case "items": items
            case "none": none
            case "missing": missing
            case "child": child
            case "children": children
            default: nil
            }
        }
    }

    /// Partials the hand-written templates include.
    private static let partials = [
        "part": "[{{name}}]\n",
        "list": "{{#items}}\n<li>{{.}}</li>\n{{/items}}\n",
        "lines": "one\n{{#flag}}\ntwo {{title}}\n{{/flag}}\n\nthree\n",
        "outer": "<div>\n  {{> lines}}\n</div>\n",
    ]

    @Test(arguments: [
        // Variables, escaped and not; numbers and flags; names not found.
        "a{{name}}b", "{{{html}}}|{{&html}}|{{html}}|{{ name }}", "{{count}} {{zero}} {{flag}} {{off}}",
        "[{{nothing}}][{{missing}}][{{child.nothing}}][{{nothing.name}}]",
        // Sections over flags, lists, models, strings, numbers and nil; inverted sections.
        "{{#flag}}yes{{/flag}}{{^flag}}no{{/flag}}{{#off}}x{{/off}}{{^off}}y{{/off}}",
        "{{#items}}<{{.}}>{{/items}}{{^items}}none{{/items}}{{#none}}x{{/none}}{{^none}}empty{{/none}}",
        "{{#child}}{{name}}-{{title}}{{/child}}|{{child.name}}|{{#child}}{{.name}}/{{.title}}{{/child}}",
        "{{#children}}{{#items}}{{.}}:{{name}}:{{title}};{{/items}}{{/children}}",
        "{{#count}}[{{.}}]{{/count}}{{#zero}}z{{/zero}}{{^zero}}!z{{/zero}}",
        "{{#missing}}x{{/missing}}{{^missing}}m{{/missing}}{{#name}}({{.}}){{/name}}{{#empty}}e{{/empty}}",
        "{{#child}}{{#items}}{{child.name}}{{/items}}{{/child}}{{name.length}}{{..name}}",
        // Standalone lines: sections, comments and partials take their line; other tags don't.
        "a\n{{#flag}}\nb\n{{/flag}}\nc\n", "  {{#flag}}  \n  x\n  {{/flag}}\n  y\n",
        "{{! comment }}\nline\n  {{! indented }}  \nend {{! inline }} here\n",
        "x {{#flag}}\ny\n{{/flag}} z\n", "{{#flag}}\n{{/flag}} {{#flag}}\nq\n{{/flag}}\n",
        "\r\n{{#flag}}\r\nwin\r\n{{/flag}}\r\n", "  {{name}}  \n", "x\n  ", "  {{^off}}\n  shown\n  {{/off}}",
        "{{#items}}\n  - {{.}}\n{{/items}}\n{{#none}}\nnever\n{{/none}}\n",
        // Partials, standalone (indented) or not, nested, inside sections and lists.
        "  {{> part}}\n", "<ul>\n  {{> list}}\n</ul>\n", "{{#flag}}{{> part}}{{/flag}}|{{> part}}|",
        "<main>\n    {{> outer}}\n</main>\n", "{{#children}}\n  {{> part}}\n{{/children}}\n", "{{> nothing}}|",
        // Other delimiters.
        "{{=<% %>=}}\n<% name %>|<%&html%>\n<%={{ }}=%>{{name}}", "{{= | | =}}|#flag|on|/flag|",
    ])
    func handWrittenTemplatesRenderAsSwiftMustacheRendersThem(_ template: String) throws {
        var theirs = MustacheLibrary()
        var ours: [String: ParsedTemplate] = [:]
        for (name, text) in Self.partials {
            theirs.register(try MustacheTemplate(string: text), named: name)
            ours[name] = try TemplateParser.parse(text)
        }
        let expected = try MustacheTemplate(string: template).render(Sample(), library: theirs)
        let rendered = TemplateRenderer.render(try TemplateParser.parse(template), model: Sample(), partials: ours)
        #expect(String(decoding: rendered, as: UTF8.self) == expected)
    }

    /// Random templates of sections, variables, partials, comments, blanks and line breaks,
    /// nested properly, from a fixed generator: the same bytes as swift-mustache for each.
    @Test func randomTemplatesRenderAsSwiftMustacheRendersThem() throws {
        var theirs = MustacheLibrary()
        var ours: [String: ParsedTemplate] = [:]
        for (name, text) in Self.partials {
            theirs.register(try MustacheTemplate(string: text), named: name)
            ours[name] = try TemplateParser.parse(text)
        }
        let pieces = [
            "{{name}}", "{{{html}}}", "{{&title}}", "{{count}}", "{{child.name}}", "{{! note }}",
            "{{> part}}", "{{> lines}}", "text", "نص", " ", "  ", "\t", "\n", "\n", "\r\n", "{{=<% %>=}}",
        ]
        let sections = ["flag", "off", "items", "none", "child", "children", "missing", "count", "name", "empty"]
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        for round in 0..<2_000 {
            var template = ""
            var open: [String] = []
            var delimiters = ("{{", "}}")
            for _ in 0..<(5 + next(25)) {
                switch next(10) {
                case 0, 1:
                    let name = sections[next(sections.count)]
                    template += delimiters.0 + (next(3) == 0 ? "^" : "#") + name + delimiters.1
                    open.append(name)
                case 2 where !open.isEmpty:
                    template += delimiters.0 + "/" + open.removeLast() + delimiters.1
                default:
                    var piece = pieces[next(pieces.count)]
                    // swift-mustache forgets delimiters set inside a section when it closes;
                    // dossier keeps them, as Mustache's other implementations do.
                    if piece.hasPrefix("{{="), !open.isEmpty { continue }
                    if piece.hasPrefix("{{=") {
                        piece = delimiters.0 == "{{" ? "{{=<% %>=}}" : "<%={{ }}=%>"
                        delimiters = delimiters.0 == "{{" ? ("<%", "%>") : ("{{", "}}")
                    } else if delimiters.0 != "{{" {
                        // Other delimiters have no triple form.
                        piece = piece.replacingOccurrences(of: "{{{html}}}", with: "{{&html}}")
                            .replacingOccurrences(of: "{{", with: "<%").replacingOccurrences(of: "}}", with: "%>")
                    }
                    template += piece
                }
            }
            while let name = open.popLast() { template += delimiters.0 + "/" + name + delimiters.1 }
            let expected = try MustacheTemplate(string: template).render(Sample(), library: theirs)
            let rendered = TemplateRenderer.render(try TemplateParser.parse(template), model: Sample(), partials: ours)
            #expect(
                String(decoding: rendered, as: UTF8.self) == expected, "round \(round): \(template.debugDescription)")
        }
    }

    /// Where dossier follows Mustache's other implementations rather than swift-mustache:
    /// delimiters set in a section stay set after it, a tag may open before a line break, and a
    /// model or a list written as a variable shows nothing (not Swift's description of it).
    @Test func whereSwiftMustacheDepartsFromMustache() throws {
        let cases = [
            ("{{#flag}}{{=<% %>=}}<%name%><%/flag%>|<%title%>", "a &lt;b&gt; &amp; &quot;c&quot;|العنوان"),
            ("{{\nname}}", "a &lt;b&gt; &amp; &quot;c&quot;"),
            ("[{{child}}][{{children}}][{{#child}}{{.}}{{/child}}]", "[][][]"),
        ]
        for (template, expected) in cases {
            let rendered = TemplateRenderer.render(try TemplateParser.parse(template), model: Sample(), partials: [:])
            #expect(String(decoding: rendered, as: UTF8.self) == expected, "\(template)")
        }
    }

    /// Text made of the characters of tags, at random: the parser either parses it or throws a
    /// `TemplateSyntaxError` inside the text, and what parses renders; nothing traps.
    @Test func tagCharactersAtRandomParseOrFailCleanly() throws {
        let leaf = try TemplateParser.parse("[{{name}}]\n")
        let alphabet = Array("{{}}#^/!>&=%<$ .\n\r\tab")
        var state: UInt64 = 11
        var parsed = 0
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<(1 + Int(state >> 60)) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            do {
                let template = try TemplateParser.parse(text)
                _ = TemplateRenderer.render(template, model: Sample(), partials: ["a": leaf])
                parsed += 1
            } catch let error as TemplateSyntaxError {
                #expect(error.line >= 1 && error.column >= 1 && !error.description.isEmpty)
            } catch {
                Issue.record("\(text.debugDescription): \(error)")
            }
        }
        #expect(parsed > 1_000)
    }

    /// Tags swift-mustache added to Mustache are refused with a reason, not rendered otherwise;
    /// a section left open is reported at its opening tag, a stray closing tag at its name.
    @Test(arguments: [
        ("{{<parent}}{{/parent}}", "1:1", "template inheritance"),
        ("x\n {{$block}}{{/block}}", "2:2", "template inheritance"),
        ("{{% CONTENT_TYPE: TEXT}}", "1:1", "pragmas"),
        ("{{uppercased(name)}}", "1:13", "transforms"),
        ("{{>*dynamic}}", "1:4", "not closed"),
        ("a\n{{#open}}\nb {{name}}\n", "2:1", "«open» opened here is never closed"),
        ("{{#a}}{{/b}}", "1:10", "not the open one, «a»"),
        ("{{/b}}", "1:4", "never opened"),
        ("{{name", "1:7", "not closed"),
        ("{{na me}}", "1:6", "not closed"),
        ("{{=<% =}}", "1:4", "two delimiters"),
        ("{{", "1:3", "not closed"),
        // Sections nested past the limit: the first one too deep is named where it opens.
        (
            String(repeating: "{{#a}}", count: 64) + "\n{{#b}}" + String(repeating: "{{/a}}", count: 64), "2:1",
            "«b» opens inside 64"
        ),
        (String(repeating: "{{#x}}", count: 10_000), "1:385", "«x» opens inside 64"),
    ])
    func syntaxDossierDoesNotHaveIsRefused(_ template: String, _ location: String, _ reason: String) {
        #expect {
            _ = try TemplateParser.parse(template)
        } throws: { error in
            guard let error = error as? TemplateSyntaxError else { return false }
            return "\(error.line):\(error.column)" == location && error.description.contains(reason)
        }
    }
}
