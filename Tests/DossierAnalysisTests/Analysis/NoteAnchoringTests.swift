import ArabicText
import DossierModel
import DossierTestFixtures
import Testing

@testable import DossierAnalysis

@Suite struct NoteAnchoringTests {
    static let quote = "وقال البرهان إن الجيش ملتزم بالهدنة"

    /// The fixture with the first article's paragraphs replaced.
    private func analyze(firstArticleParagraphs paragraphs: [String]) -> (AnalyzedDossier, [Diagnostic]) {
        var articles = AnalysisFixture.articles
        articles[0].paragraphs = paragraphs.enumerated().map { Paragraph(text: $1, line: 3 + 2 * $0) }
        return DossierAnalyzer.analyze(AnalysisFixture.dossier(articles: articles))
    }

    private var originalParagraphs: [String] { AnalysisFixture.articles[0].paragraphs.map(\.text) }

    private func noteDiagnostics(_ diagnostics: [Diagnostic], _ id: String) -> [Diagnostic] {
        diagnostics.filter { $0.location?.path == "sudan/notes/\(id).md" }
    }

    @Test func exactQuoteAnchorsWithoutDiagnostics() throws {
        let (analyzed, diagnostics) = DossierAnalyzer.analyze(AnalysisFixture.dossier())
        let anchor = try #require(analyzed.note("army-truce")?.anchor)
        let first = try #require(analyzed.article("a1-burhan"))
        #expect(anchor.step == .exact)
        #expect(anchor.score == 1)
        #expect(anchor.range.lowerBound == first.paragraphOffsets[1])
        #expect(AnalysisFixture.slice(first.bodyText, anchor.range) == Self.quote)
        #expect(anchor.spans == [ParagraphSpan(paragraphIndex: 1, range: 0..<Self.quote.unicodeScalars.count)])
        #expect(anchor.selector.suffix.hasPrefix("، فيما"))
        #expect(anchor.selector.prefix.unicodeScalars.count == 32)
        #expect(first.notes == ["army-truce"])
        #expect(noteDiagnostics(diagnostics, "army-truce").isEmpty)
    }

    @Test func prefixAndSuffixPickTheRightRepetition() throws {
        let (analyzed, diagnostics) = DossierAnalyzer.analyze(AnalysisFixture.dossier())
        let anchor = try #require(analyzed.note("digair-second")?.anchor)
        let activists = try #require(analyzed.article("a4-activists"))
        #expect(anchor.step == .exactDisambiguated)
        #expect(anchor.paragraphIndices == [1])
        #expect(AnalysisFixture.slice(activists.bodyText, anchor.range) == "الدقير")
        #expect(noteDiagnostics(diagnostics, "digair-second").isEmpty)
    }

    @Test func equallyGoodRepetitionsWarn() throws {
        let notes =
            AnalysisFixture.notes + [AnalysisFixture.note("digair-tie", article: "a4-activists", quote: "الدقير")]
        let (analyzed, diagnostics) = DossierAnalyzer.analyze(AnalysisFixture.dossier(notes: notes))
        #expect(analyzed.note("digair-tie")?.anchor != nil)
        let warning = try #require(noteDiagnostics(diagnostics, "digair-tie").first)
        #expect(warning.code == .noteQuoteAmbiguous)
        #expect(warning.severity == .warning)
        #expect(warning.location?.line == 3)
    }

    @Test func survivesDiacriticsAddedToTheArticle() throws {
        var paragraphs = originalParagraphs
        let voweled = "وقال البرهانُ إنّ الجيشَ ملتزمٌ بالهدنة"
        paragraphs[1] = paragraphs[1].replacingOccurrences(of: Self.quote, with: voweled)
        let (analyzed, diagnostics) = analyze(firstArticleParagraphs: paragraphs)
        let anchor = try #require(analyzed.note("army-truce")?.anchor)
        #expect(anchor.step == .normalized)
        #expect(anchor.exact == voweled)
        let warning = try #require(noteDiagnostics(diagnostics, "army-truce").first)
        #expect(warning.code == .noteQuoteChanged)
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("quote differs from the article text; update it to «\(voweled)»"))
        #expect(warning.location?.description == "sudan/notes/army-truce.md:3:1")
    }

    @Test func survivesAChangedWordApproximately() throws {
        var paragraphs = originalParagraphs
        paragraphs[1] = paragraphs[1].replacingOccurrences(of: "ملتزم", with: "متمسك")
        let (analyzed, diagnostics) = analyze(firstArticleParagraphs: paragraphs)
        let anchor = try #require(analyzed.note("army-truce")?.anchor)
        guard case .approximate(let score, let quoteScore) = anchor.step else {
            Issue.record("expected an approximate anchor, got \(anchor.step)")
            return
        }
        #expect(quoteScore >= 0.8 && score >= 0.75)
        #expect(anchor.score == score)
        #expect(anchor.exact.contains("متمسك"))
        #expect(noteDiagnostics(diagnostics, "army-truce").map(\.code) == [.noteQuoteChanged])
    }

    @Test func followsThePassageWhenAParagraphIsInsertedBefore() throws {
        let inserted = "فقرة جديدة أضيفت في أعلى الخبر بعد تحديثه."
        let (analyzed, diagnostics) = analyze(firstArticleParagraphs: [inserted] + originalParagraphs)
        let anchor = try #require(analyzed.note("army-truce")?.anchor)
        let first = try #require(analyzed.article("a1-burhan"))
        #expect(anchor.step == .exact)
        #expect(anchor.paragraphIndices == [2])
        #expect(anchor.range.lowerBound == first.paragraphOffsets[2])
        #expect(AnalysisFixture.slice(first.bodyText, anchor.range) == Self.quote)
        #expect(noteDiagnostics(diagnostics, "army-truce").isEmpty)
    }

    @Test func orphanOnceThePassageIsGone() throws {
        var paragraphs = originalParagraphs
        paragraphs.remove(at: 1)
        let (analyzed, diagnostics) = analyze(firstArticleParagraphs: paragraphs)
        #expect(analyzed.note("army-truce")?.anchor == nil)
        #expect(analyzed.article("a1-burhan")?.notes == [])
        let error = try #require(noteDiagnostics(diagnostics, "army-truce").first)
        #expect(error.severity == .error)
        #expect(error.code == .noteUnanchored)
        #expect(error.location?.description == "sudan/notes/army-truce.md:3:1")
        #expect(error.message.contains("nearest passage (score "))
        #expect(error.fix != nil)
    }

    /// Quotes and nearest passages in messages are cut between words, with «…».
    @Test func excerptsInMessagesAreCutBetweenWords() {
        let text = "ورفض مسؤول كبير باسم وزارة الخارجية الأميركية في حديث مطوّل لقناة الحرة الأميركية"
        let cut = PassageDiagnostics.excerpt(text, limit: 40)
        #expect(cut == "ورفض مسؤول كبير باسم وزارة الخارجية…")
        #expect(PassageDiagnostics.excerpt(text, limit: 200) == text)
    }

    /// The fixture's articles with the first one's second paragraph, which note «army-truce»
    /// quotes, set aside as furniture of `kind` at `line`; and that paragraph.
    private func secondParagraphSetAside(as kind: FurnitureKind, line: Int) -> (articles: [Article], moved: String) {
        var paragraphs = originalParagraphs
        let moved = paragraphs.remove(at: 1)
        var articles = AnalysisFixture.articles
        articles[0].paragraphs = paragraphs.enumerated().map { Paragraph(text: $1, line: 3 + 2 * $0) }
        articles[0].furniture = [Furniture(text: moved, line: line, kind: kind)]
        return (articles, moved)
    }

    /// A quote of a block the loader set aside says so, and how to bring the block back.
    @Test func aQuoteInTheFurnitureNamesItsLineAndTheSidecarFix() throws {
        let (articles, moved) = secondParagraphSetAside(as: .unrelated, line: 41)
        let (analyzed, diagnostics) = DossierAnalyzer.analyze(AnalysisFixture.dossier(articles: articles))
        #expect(analyzed.note("army-truce")?.anchor == nil)
        let error = try #require(noteDiagnostics(diagnostics, "army-truce").first)
        #expect(error.code == .noteUnanchored)
        #expect(error.message.contains("is in line 41 of article «a1-burhan»"), "\(error.message)")
        #expect(error.message.contains("an article about another story"))
        let opening = moved.split(separator: " ").prefix(4).joined(separator: " ")
        #expect(error.fix?.contains("`body: [\"\(opening)\"]`") == true, "\(String(describing: error.fix))")
        #expect(error.fix?.contains(".yml") == true)
    }

    /// A quote of a headline in the text that is not the title the page shows (its sidecar's
    /// `title:` reads otherwise) is not told to bring it into the body with `body:`, which would
    /// show the headline twice, but to quote the title as the page shows it.
    @Test func aQuoteOfAHeadlineThePageDoesNotShowSaysSoWithoutTheBodyFix() throws {
        let (articles, _) = secondParagraphSetAside(as: .title, line: 1)
        let (analyzed, diagnostics) = DossierAnalyzer.analyze(AnalysisFixture.dossier(articles: articles))
        #expect(analyzed.note("army-truce")?.anchor == nil)
        let error = try #require(noteDiagnostics(diagnostics, "army-truce").first)
        #expect(error.code == .noteUnanchored)
        #expect(
            error.message.contains(
                "is in the headline in line 1 of article «a1-burhan», but not in the title its page shows, «البرهان يرحب بمحادثات جدة»"
            ), "\(error.message)")
        #expect(error.fix?.contains("`body: [") == false, "\(String(describing: error.fix))")
        #expect(error.fix?.contains("quote the words of the title as the page shows it") == true)
    }

    /// A timeline passage is anchored in the body only: a quote of the headline is told so.
    @Test func aTimelineQuoteOfTheHeadlineSaysSo() throws {
        let (articles, moved) = secondParagraphSetAside(as: .title, line: 1)
        var event = AnalysisFixture.timeline[0]
        event.sources = [PassageReference(article: "a1-burhan", quote: moved)]
        var dossier = AnalysisFixture.dossier(articles: articles, notes: [])
        dossier.timeline = [event]
        let (_, diagnostics) = DossierAnalyzer.analyze(dossier)
        let error = try #require(diagnostics.first { $0.code == .timelineUnanchored })
        #expect(error.message.contains("is the headline of article «a1-burhan» (line 1)"), "\(error.message)")
        #expect(error.fix?.contains("do not add the headline to `body:`") == true)
    }

    /// A note quoting the title the page shows (its headline) is anchored there, counted in the
    /// title's characters, and comes first among its article's notes.
    @Test(
        "a quote of the title anchors in it",
        arguments: [
            ("يرحب بمحادثات", AnchorStep.exact, [Diagnostic.Code]()),
            ("يُرحّب بمحادثات", .normalized, [.noteQuoteChanged]),
        ])
    func aQuoteOfTheTitleAnchorsInIt(quote: String, step: AnchorStep, codes: [Diagnostic.Code]) throws {
        let notes = AnalysisFixture.notes + [AnalysisFixture.note("headline", article: "a1-burhan", quote: quote)]
        let (analyzed, diagnostics) = DossierAnalyzer.analyze(AnalysisFixture.dossier(notes: notes))
        let anchor = try #require(analyzed.note("headline")?.anchor)
        #expect(anchor.inTitle)
        #expect(anchor.step == step)
        #expect(anchor.spans.isEmpty)
        #expect(anchor.range == 8..<21)
        #expect(anchor.exact == "يرحب بمحادثات")
        #expect(anchor.selector.prefix == "البرهان " && anchor.selector.suffix == " جدة")
        #expect(analyzed.article("a1-burhan")?.notes == ["headline", "army-truce"])
        #expect(noteDiagnostics(diagnostics, "headline").map(\.code) == codes)
    }

    /// A quote both in the title and in the body stays in the body when it has no context, with
    /// no warning (a note written before headlines could be quoted keeps its place silently);
    /// with context, the title's and the body's occurrences are weighed alike.
    @Test func theTitleAndTheBodyAreOccurrencesOfOneQuote() throws {
        let notes = [
            AnalysisFixture.note("tie", article: "a4-activists", quote: "الدقير لا"),
            AnalysisFixture.note("in-title", article: "a4-activists", quote: "الدقير", suffix: " لا يمثل"),
            AnalysisFixture.note("in-body", article: "a4-activists", quote: "الدقير", suffix: " أن الهدنة"),
        ]
        var articles = AnalysisFixture.articles
        articles[3].paragraphs[2].text += " وقال الدقير لا تعليق."
        let (analyzed, diagnostics) = DossierAnalyzer.analyze(AnalysisFixture.dossier(articles: articles, notes: notes))
        let tie = try #require(analyzed.note("tie")?.anchor)
        #expect(!tie.inTitle && tie.paragraphIndices == [2])
        #expect(noteDiagnostics(diagnostics, "tie").isEmpty)
        let title = try #require(analyzed.note("in-title")?.anchor)
        #expect(title.inTitle && title.range == 8..<14)
        #expect(try #require(analyzed.note("in-body")?.anchor).paragraphIndices == [1])
        #expect(noteDiagnostics(diagnostics, "in-title").isEmpty && noteDiagnostics(diagnostics, "in-body").isEmpty)
    }

    /// A block the sidecar's `furniture:` set aside is brought back by deleting that entry: a
    /// `body:` entry beside it would be a correction conflict.
    @Test func aQuoteInFurnitureTheSidecarListedIsToldToDeleteTheEntry() throws {
        let (articles, _) = secondParagraphSetAside(as: .editorial, line: 5)
        let (_, diagnostics) = DossierAnalyzer.analyze(AnalysisFixture.dossier(articles: articles))
        let error = try #require(noteDiagnostics(diagnostics, "army-truce").first)
        #expect(error.message.contains("listed under `furniture:` in the sidecar"), "\(error.message)")
        #expect(error.fix?.contains("delete its entry from `furniture:`") == true, "\(String(describing: error.fix))")
        #expect(error.fix?.contains("`body:") == false)
    }

    @Test func passageAcrossParagraphsHasOneSpanPerParagraph() throws {
        let quote = "بخرق وقف إطلاق النار.\n\nودعا وزير الخارجية"
        let notes = [AnalysisFixture.note("across", article: "a1-burhan", quote: quote)]
        let (analyzed, _) = DossierAnalyzer.analyze(AnalysisFixture.dossier(notes: notes))
        let anchor = try #require(analyzed.note("across")?.anchor)
        #expect(anchor.paragraphIndices == [1, 2])
        let first = try #require(analyzed.article("a1-burhan"))
        for span in anchor.spans {
            let text = first.article.paragraphs[span.paragraphIndex].text
            #expect(quote.contains(AnalysisFixture.slice(text, span.range)))
        }
        #expect(anchor.spans[1].range.lowerBound == 0)
    }

    @Test func unknownArticleActorAndTopicAreErrorsAtTheirKeys() throws {
        let notes = [
            AnalysisFixture.note(
                "lost", article: "a0-none", quote: "أي شيء", actors: ["burhan", "kiir"], topics: ["oil"])
        ]
        let (analyzed, diagnostics) = DossierAnalyzer.analyze(AnalysisFixture.dossier(notes: notes))
        #expect(analyzed.note("lost")?.anchor == nil)
        let found = noteDiagnostics(diagnostics, "lost")
        #expect(found.map(\.code) == [.noteActorUnknown, .noteTopicUnknown, .noteArticleUnknown])
        #expect(found.map { $0.location?.line } == [5, 6, 2])
        #expect(found.allSatisfy { $0.severity == .error })
    }

    @Test func timelinePassagesAnchorAndUnknownReferencesAreErrors() throws {
        let (analyzed, diagnostics) = DossierAnalyzer.analyze(AnalysisFixture.dossier())
        let anchor = try #require(analyzed.timeline.first?.passages.first?.anchor)
        #expect(anchor.article == "a2-hemedti")
        #expect(anchor.paragraphIndices == [0])
        let second = try #require(analyzed.timeline.last)
        #expect(second.passages.first?.anchor == nil)
        let errors = diagnostics.filter { $0.location?.path == "sudan/timeline.yml" }
        #expect(errors.map(\.code) == [.timelineActorUnknown, .timelineArticleUnknown])
        #expect(errors.allSatisfy { $0.location?.line == 7 && $0.severity == .error })
    }
}
