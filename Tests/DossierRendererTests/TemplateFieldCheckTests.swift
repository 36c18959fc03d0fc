import DossierModel
import Testing

@testable import DossierRenderer

/// A name no page model answers is a warning at its first tag, with the nearest real name.
struct TemplateFieldCheckTests {
    /// The warnings for `text`, a template at `t.mustache`.
    private static func warnings(_ text: String) throws -> [Diagnostic] {
        let tags = try TemplateParser.parseNamingTags(text).tags
        return TemplateFieldCheck.warnings(tags: tags, text: text, path: "t.mustache")
    }

    @Test func namesSomeModelAnswersPass() throws {
        let text =
            "{{pageTitle}} {{#pager}}{{next}}{{/pager}} {{^articles}}{{labels.commentary.note}}{{/articles}} {{.}}"
        #expect(try Self.warnings(text) == [])
    }

    @Test func aMisspeltVariableIsWarnedAtItsTagWithTheNameMeant() throws {
        let warnings = try Self.warnings("<h1>\n  <b>{{pageTitel}}</b>\n")
        #expect(warnings.count == 1)
        #expect(warnings.first?.code == .templateCheck)
        #expect(warnings.first?.severity == .warning)
        #expect(warnings.first?.location == SourceLocation(path: "t.mustache", line: 2, column: 6))
        #expect(warnings.first?.message.contains("`pageTitel`") == true)
        #expect(warnings.first?.fix == "did you mean `pageTitle`? Correct the name")
    }

    @Test func sectionsDottedNamesAndNewDelimitersAreCheckedToo() throws {
        let warnings = try Self.warnings("{{#artikles}}x{{/artikles}}\n{{=<% %>=}}<% labels.serch %>")
        #expect(warnings.map(\.location?.line) == [1, 2])
        #expect(warnings.map(\.location?.column) == [1, 12])
        #expect(warnings[0].fix == "did you mean `articles`? Correct the name")
        #expect(warnings[1].message.contains("`{{labels.serch}}`"))
        #expect(warnings[1].fix == "did you mean `search`? Correct the name")
    }

    @Test func aNameUsedAgainIsOneWarningCountingTheOthers() throws {
        let warnings = try Self.warnings("{{zzqx}}\n{{zzqx}}\n{{{zzqx}}}")
        #expect(warnings.count == 1)
        #expect(warnings.first?.location?.line == 1)
        #expect(warnings.first?.message.contains("(and 2 more tags below)") == true)
        #expect(warnings.first?.fix == "correct the name to one the built-in templates use, or remove the tag")
    }
}
