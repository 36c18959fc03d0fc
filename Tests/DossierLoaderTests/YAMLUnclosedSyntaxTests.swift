import DossierModel
import Testing

@testable import DossierLoader

/// Something left open in YAML (a list's «[», a quotation mark, a key without «:») is reported at
/// the line where it was opened, in a reader's words; libyaml gave up a line or more later, with
/// «while parsing a flow sequence did not find expected ',' or ']'» at the next line's column 1.
struct YAMLUnclosedSyntaxTests {
    private func error(_ yaml: String, firstLine: Int = 2) throws -> Diagnostic {
        var diagnostics: [Diagnostic] = []
        #expect(YAMLMapping.parse(yaml, path: "a.md", firstLine: firstLine, diagnostics: &diagnostics) == nil)
        let error = try #require(diagnostics.first)
        #expect(error.code == .yamlSyntax)
        #expect(!error.message.contains("while parsing"))
        #expect(!error.message.contains("while scanning"))
        return error
    }

    @Test func anUnclosedListIsReportedAtItsBracket() throws {
        let list = try error("name: قيس سعيد\naliases: [قيس سعيد, سعيد\nkind: person\n")
        #expect(list.message == "invalid YAML: the list opened with «[» here is not closed with «]»")
        #expect(list.location == SourceLocation(path: "a.md", line: 3, column: 10))
        #expect(list.fix?.contains("«]»") == true)
        // The list on the last line: libyaml gave up at the end of the text.
        let last = try error("name: x\nterms: [الانتخابات, الاقتراع\n")
        #expect(last.location?.line == 3)
        let mapping = try error("events:\n  - sources: {article: a, quote: ب\n    title: ج\n", firstLine: 1)
        #expect(mapping.message == "invalid YAML: the mapping opened with «{» here is not closed with «}»")
        #expect(mapping.location == SourceLocation(path: "a.md", line: 2, column: 14))
    }

    @Test func aKeyWithoutAColonIsReportedAtItsLine() throws {
        let top = try error("title: ملف\nlanguage ar\npublished: 2024\n", firstLine: 1)
        #expect(top.message == "invalid YAML: this line has no «:» after its key")
        #expect(top.location == SourceLocation(path: "a.md", line: 2, column: 1))
        let nested = try error("events:\n  - date: 2024-10-25\n    title الجلسة\n    article: a\n", firstLine: 1)
        #expect(nested.location == SourceLocation(path: "a.md", line: 3, column: 5))
    }

    @Test func anUnclosedQuotationMarkIsReportedWhereItOpens() throws {
        // No quotation mark after it: libyaml gave up at the end of the text.
        let end = try error("title: \"تونس: الانتخابات\nlanguage: ar\n", firstLine: 1)
        #expect(end.message == "invalid YAML: the quotation mark that opens this value is never closed")
        #expect(end.location == SourceLocation(path: "a.md", line: 1, column: 8))
        // The next quoted value's opening mark closes it: libyaml stumbled three lines on.
        let later = try error(
            "# a comment\ntitle: \"بيروت: انفجار المرفأ\nlanguage: ar\npublished: 2020-08-04\noutlet_name: \"النهار\"\n",
            firstLine: 1)
        #expect(
            later.message
                == "invalid YAML: the quotation mark that opens this value is not closed on its line, so YAML read on to line 5"
        )
        #expect(later.location == SourceLocation(path: "a.md", line: 2, column: 8))
        #expect(later.fix == "Add the closing quotation mark at the end of the value, on the same line.")
        let single = try error("aliases:\n  - 'عون\n  - ميشال عون\nkind: 'person'\n", firstLine: 1)
        #expect(single.location == SourceLocation(path: "a.md", line: 2, column: 5))
    }

    /// A closed quotation mark, an escaped one and a doubled single one are no mistake: the
    /// error is then libyaml's own, where it stands.
    @Test func closedQuotationMarksAreNotBlamed() throws {
        let other = try error("title: \"a \\\" b\"\nname: 'it''s'\nkey: x\n bad: y\n", firstLine: 1)
        #expect(!other.message.contains("quotation mark"))
    }

    @Test func aTabInsideAListItemIsSaidPlainly() throws {
        let tab = try error("events:\n  - date: 2024\n\ttitle: x\n", firstLine: 1)
        #expect(tab.message == "invalid YAML: a tab in the indentation: YAML indents with spaces only")
        #expect(tab.location?.line == 3)
    }
}
