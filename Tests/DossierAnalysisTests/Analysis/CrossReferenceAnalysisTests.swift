import DossierModel
import DossierTestFixtures
import Testing

@testable import DossierAnalysis

@Suite struct CrossReferenceAnalysisTests {
    let analyzed: AnalyzedDossier
    let diagnostics: [Diagnostic]

    init() {
        (analyzed, diagnostics) = DossierAnalyzer.analyze(AnalysisFixture.dossier())
    }

    @Test func unresolvedLinkIsAnErrorAtItsLine() throws {
        let errors = diagnostics.filter { $0.code == .xrefUnresolved }
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.severity == .error)
        // index.md's Markdown starts at line 3; the link is on its fourth line.
        #expect(error.location?.path == "sudan/index.md")
        #expect(error.location?.line == 6)
        let line = "وانظر [الهدنة](topic:ceasefire) و[مجهول](actor:kiir)."
        let column = try #require(line.range(of: "actor:kiir")).lowerBound
        #expect(error.location?.column == line.distance(from: line.startIndex, to: column) + 1)
        #expect(error.message.contains("actor:kiir"))
    }

    /// A link that names no id is plain text on the page: without an error at its line, the
    /// link would be lost without a word.
    @Test func linkWithoutAnIdIsAnErrorAtItsLine() throws {
        var dossier = AnalysisFixture.dossier()
        dossier.overview = MarkdownText(
            text: "مقدمة.\n\nانظر [ملف](topic:) و[مقال](article:#p-2).",
            location: SourceLocation(path: "index.md", line: 3))
        let errors = DossierAnalyzer.analyze(dossier).1.filter { $0.code == .xrefUnresolved }
        #expect(errors.map(\.message) == ["link `topic:` names no topic", "link `article:#p-2` names no article"])
        #expect(errors.map { $0.location?.line } == [5, 5])
        #expect(errors.allSatisfy { $0.fix?.contains("after the colon") == true })
    }

    @Test func backlinksListCommentarySourcesInOrder() {
        let burhan = analyzed.backlinks.sources(linkingTo: .actor, id: "burhan")
        #expect(burhan.map(\.kind) == [.overview, .topic])
        #expect(burhan.map(\.id) == ["index", "ceasefire"])
        #expect(analyzed.backlinks.sources(linkingTo: .actor, id: "rsf").map(\.id) == ["burhan", "hemedti"])
        #expect(analyzed.backlinks.sources(linkingTo: .actor, id: "hemedti").map(\.id) == ["index", "army-truce"])
        #expect(analyzed.backlinks.sources(linkingTo: .topic, id: "ceasefire").map(\.kind) == [.overview, .outlet])
        let article = analyzed.backlinks.sources(linkingTo: .article, id: "a2-hemedti")
        #expect(article == [CommentarySource(kind: .note, id: "army-truce", title: "البرهان يرحب بمحادثات جدة")])
        #expect(analyzed.backlinks.sources(linkingTo: .actor, id: "kiir").isEmpty)
    }

    @Test func fragmentsNamingMissingParagraphsAreErrors() {
        var notes = AnalysisFixture.notes
        notes[0].body = AnalysisFixture.markdown("انظر [هنا](article:a2-hemedti#p-9).", "notes/army-truce.md", line: 9)
        let (_, diagnostics) = DossierAnalyzer.analyze(AnalysisFixture.dossier(notes: notes))
        let error = diagnostics.first { $0.code == .xrefFragmentUnknown }
        #expect(error?.location?.line == 9)
        #expect(error?.severity == .error)
    }

    /// A note has no parts: a fragment on a link to one is dropped, with a warning saying so.
    @Test func aFragmentOnANoteLinkIsAWarning() {
        var notes = AnalysisFixture.notes
        notes[0].body = AnalysisFixture.markdown(
            "انظر [هنا](note:\(notes[0].id)#p-2).", "notes/army-truce.md", line: 9)
        let (_, diagnostics) = DossierAnalyzer.analyze(AnalysisFixture.dossier(notes: notes))
        let warning = diagnostics.first { $0.code == .xrefFragmentUnknown }
        #expect(warning?.severity == .warning)
        #expect(warning?.location?.line == 9)
        #expect(warning?.fix == "drop `#p-2`")
    }

    @Test(arguments: [
        ("[a](actor:x) and [b](<topic:y> \"t\")", ["actor:x", "topic:y"]),
        ("<note:n1> `[c](actor:code)` [d](https://e.org)", ["note:n1"]),
        ("[ref]: outlet:bbc", ["outlet:bbc"]),
        ("![img](article:a1#p-2)", ["article:a1#p-2"]),
    ])
    func scannerFindsDestinations(markdown: String, expected: [String]) {
        let text = AnalysisFixture.markdown(markdown, "x.md", line: 1)
        #expect(CrossReferenceScanner.references(in: text).map(\.reference.destination) == expected)
    }

    @Test func scannerSkipsFencedCode() {
        let text = AnalysisFixture.markdown("```\n[a](actor:x)\n```\n[b](actor:y)", "x.md", line: 10)
        let found = CrossReferenceScanner.references(in: text)
        #expect(found.map(\.reference.id) == ["y"])
        #expect(found.first?.location.line == 13)
    }
}

/// An unknown id that differs from a known one by a character that shows nothing is told so:
/// the message alone shows two equal ids.
struct InvisibleCharacterIDTests {
    @Test func anInvisibleCharacterInAnIdIsNamed() {
        let fix = IdentifierSuggestion.fix(for: "elon-musk\u{200B}", kind: "actor", known: ["elon-musk", "putin"])
        #expect(fix == "the id holds a character that shows nothing (U+200B): delete it, and it is then `elon-musk`")
        let other = IdentifierSuggestion.fix(for: "elon\u{00A0}mask", kind: "actor", known: ["elon-musk"])
        #expect(other == "the id holds a character that shows nothing (U+A0): delete it")
        #expect(
            IdentifierSuggestion.fix(for: "elon-musc", kind: "actor", known: ["elon-musk"]).hasPrefix("did you mean"))
    }
}
