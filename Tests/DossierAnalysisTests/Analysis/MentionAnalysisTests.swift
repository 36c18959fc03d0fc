import ArabicText
import DossierModel
import DossierTestFixtures
import Testing

@testable import DossierAnalysis

@Suite struct MentionAnalysisTests {
    let analyzed: AnalyzedDossier
    let diagnostics: [Diagnostic]

    init() {
        (analyzed, diagnostics) = DossierAnalyzer.analyze(AnalysisFixture.dossier())
    }

    private func article(_ id: String) throws -> ArticleAnalysis { try #require(analyzed.article(id)) }
    private func actor(_ id: String) throws -> ActorAnalysis { try #require(analyzed.actor(id)) }

    @Test func bodyMentionsAreNumberedInDocumentOrder() throws {
        let first = try article("a1-burhan")
        #expect(first.mentions.map(\.id) == ["m-1", "m-2", "m-3", "m-4", "m-5"])
        #expect(first.mentions.map(\.actor) == ["burhan", "saudi", "burhan", "rsf", "blinken"])
        #expect(
            first.mentions.map(\.part) == [.paragraph(0), .paragraph(0), .paragraph(1), .paragraph(1), .paragraph(2)])
        #expect(first.titleMentions.map(\.id) == ["t-1"])
        #expect(first.titleMentions.map(\.actor) == ["burhan"])
        #expect(first.titleMentions.first?.bodyRange == nil)
    }

    @Test func longestAliasWinsAndSpansTheWholeName() throws {
        let first = try article("a1-burhan")
        #expect(first.mentions[0].surface == "عبد الفتاح البرهان")
        #expect(first.mentions[0].alias == "عبد الفتاح البرهان")
        #expect(first.mentions[3].surface == "قوات الدعم السريع")
        let second = try article("a2-hemedti")
        #expect(
            second.mentions.map(\.surface) == [
                "قوات الدعم السريع", "محمد حمدان دقلو", "حميدتي", "دقلو", "للبرهان", "بلينكن",
            ])
    }

    @Test func rangesSliceToTheSurfaceInParagraphAndBody() throws {
        for analysis in analyzed.articles {
            for mention in analysis.mentions {
                let index = try #require(mention.part.paragraphIndex)
                let paragraph = analysis.article.paragraphs[index].text
                #expect(AnalysisFixture.slice(paragraph, mention.range) == mention.surface)
                let body = try #require(mention.bodyRange)
                #expect(AnalysisFixture.slice(analysis.bodyText, body) == mention.surface)
                #expect(body.lowerBound == analysis.paragraphOffsets[index] + mention.range.lowerBound)
            }
            for mention in analysis.titleMentions {
                #expect(AnalysisFixture.slice(analysis.article.title, mention.range) == mention.surface)
            }
        }
    }

    @Test func exactRangesOfAPrefixedMention() throws {
        let second = try article("a2-hemedti")
        let mention = try #require(second.mentions.first { $0.surface == "للبرهان" })
        let paragraph = second.article.paragraphs[1].text
        let start = try #require(AnalysisFixture.scalarOffset(of: "للبرهان", in: paragraph))
        #expect(mention.range == start..<(start + 7))
        #expect(mention.bodyRange == (second.paragraphOffsets[1] + start)..<(second.paragraphOffsets[1] + start + 7))
        #expect(mention.alias == "البرهان")
        #expect(mention.actor == "burhan")
    }

    @Test func variantSpellingWithAlefMaksura() throws {
        let report = try article("a5-report")
        #expect(report.mentions.map(\.actor) == ["hemedti"])
        #expect(report.mentions.first?.surface == "حميدتى")
    }

    @Test func weakAliasIsActivatedByOneStrongMention() throws {
        let civilians = try article("a3-civilians")
        #expect(civilians.mentions.map(\.actor) == ["omar-digair", "omar-digair", "saudi"])
        let weak = civilians.mentions[1]
        #expect(weak.strength == .weak)
        #expect(weak.alias == "الدقير")
        #expect(weak.surface == "الدقير")
        #expect(civilians.ambiguous.isEmpty)
    }

    @Test func weakAliasSharedByTwoPresentActorsStaysAmbiguous() throws {
        let activists = try article("a4-activists")
        #expect(activists.mentions.map(\.actor) == ["salma-digair", "omar-digair", "rsf"])
        #expect(activists.ambiguous.map(\.part) == [.title, .paragraph(1)])
        #expect(activists.ambiguous.allSatisfy { $0.candidates == ["omar-digair", "salma-digair"] })
        #expect(activists.ambiguous[1].bodyRange.map { AnalysisFixture.slice(activists.bodyText, $0) } == "الدقير")
        let report = try article("a5-report")
        #expect(report.ambiguous.map(\.surface) == ["الدقير"])
    }

    @Test func articlesWithOnlyAmbiguousAliases() throws {
        #expect(try actor("omar-digair").ambiguousOnlyArticles == ["a5-report"])
        #expect(try actor("salma-digair").ambiguousOnlyArticles == ["a5-report"])
        #expect(try actor("burhan").ambiguousOnlyArticles == [])
    }

    @Test func countsPerActorArticleAndOutlet() throws {
        let burhan = try actor("burhan")
        #expect(burhan.weight == 4)
        #expect(
            burhan.articleCounts == [MentionCount(id: "a1-burhan", count: 3), MentionCount(id: "a2-hemedti", count: 1)])
        #expect(burhan.outletCounts == [MentionCount(id: "jazeera", count: 3), MentionCount(id: "bbc", count: 1)])
        let hemedti = try actor("hemedti")
        #expect(hemedti.weight == 5)
        #expect(hemedti.outletCounts == [MentionCount(id: "bbc", count: 5)])
        let rsf = try actor("rsf")
        // a4 has no outlet: its mention counts for the article, not for any outlet.
        #expect(rsf.articleCounts.map(\.id) == ["a1-burhan", "a2-hemedti", "a4-activists"])
        #expect(rsf.outletCounts == [MentionCount(id: "bbc", count: 1), MentionCount(id: "jazeera", count: 1)])
    }

    @Test func mentionsCarryTheirSentenceAsContext() throws {
        let burhan = try actor("burhan")
        #expect(burhan.mentions.count == 4)
        let prefixed = try #require(burhan.mentions.first { $0.mention.surface == "للبرهان" })
        #expect(prefixed.snippet.match == "للبرهان")
        #expect(prefixed.snippet.before.hasSuffix("أن "))
        #expect(prefixed.snippet.after.hasPrefix(" «حسابات"))
        #expect(burhan.mentions.map(\.mention.article) == ["a1-burhan", "a1-burhan", "a1-burhan", "a2-hemedti"])
    }

    @Test func coMentionsRankSameParagraphAboveSameArticle() throws {
        let burhan = try actor("burhan")
        #expect(burhan.coMentions.map(\.actor) == ["rsf", "saudi", "hemedti", "blinken"])
        #expect(burhan.coMentions.map(\.score) == [5, 4, 4, 2])
        #expect(burhan.coMentions[0] == CoMention(actor: "rsf", paragraphs: 1, articles: 2))
    }

    @Test func actorIndexOrderIsByWeightThenArabicName() {
        #expect(analyzed.actorOrder == ["hemedti", "burhan", "omar-digair", "rsf", "saudi", "blinken", "salma-digair"])
    }

    /// The codes of the gazetteer lint.
    private static let lintCodes: Set<Diagnostic.Code> = [
        .aliasEmpty, .aliasTooShort, .aliasShort, .aliasStopword, .aliasFoldsOntoCommonWord, .aliasShared,
    ]

    @Test func gazetteerLintBecomesWarningsAtTheActorFile() {
        var actors = AnalysisFixture.actors
        actors.append(AnalysisFixture.actor("kingdom", "المملكة", .state, ["السعودية", "ممل"]))
        let (_, diagnostics) = DossierAnalyzer.analyze(AnalysisFixture.dossier(actors: actors))
        let lint = diagnostics.filter { Self.lintCodes.contains($0.code) }
        #expect(lint.allSatisfy { $0.severity == .warning })
        #expect(lint.contains { $0.code == .aliasShort && $0.location?.path == "sudan/actors/kingdom.md" })
        #expect(lint.contains { $0.code == .aliasShared && $0.location?.path == "sudan/actors/saudi.md" })
        #expect(!self.diagnostics.contains { Self.lintCodes.contains($0.code) })
    }

    @Test func analysisIsDeterministic() {
        let (again, diagnosticsAgain) = DossierAnalyzer.analyze(AnalysisFixture.dossier())
        #expect(again == analyzed)
        #expect(diagnosticsAgain == diagnostics)
    }
}
