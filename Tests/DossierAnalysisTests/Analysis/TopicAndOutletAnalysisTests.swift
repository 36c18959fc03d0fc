import ArabicText
import DossierModel
import DossierTestFixtures
import Testing

@testable import DossierAnalysis

@Suite struct TopicAndOutletAnalysisTests {
    let analyzed = DossierAnalyzer.analyze(AnalysisFixture.dossier()).0

    @Test func topicTermsMatchDefiniteAndPluralForms() throws {
        let ceasefire = try #require(analyzed.topic("ceasefire"))
        #expect(ceasefire.hits.map(\.surface) == ["بالهدنة", "وقف إطلاق النار", "الهدنات", "بالهدنة", "الهدنة"])
        #expect(ceasefire.hits.map(\.term) == ["هدنة", "وقف إطلاق النار", "هدنة", "هدنة", "هدنة"])
        #expect(ceasefire.weight == 5)
        #expect(
            ceasefire.articleCounts == [
                MentionCount(id: "a1-burhan", count: 3), MentionCount(id: "a2-hemedti", count: 1),
                MentionCount(id: "a4-activists", count: 1),
            ])
        #expect(ceasefire.paragraphs.first == ParagraphCount(article: "a1-burhan", paragraphIndex: 1, count: 2))
        let sanctions = try #require(analyzed.topic("sanctions"))
        #expect(sanctions.hits.map(\.surface) == ["عقوبات", "العقوبات", "عقوبات"])
    }

    @Test func multiWordTermsNeedTheWholeSequence() throws {
        let aid = try #require(analyzed.topic("aid"))
        #expect(aid.hits.map(\.article) == ["a1-burhan", "a5-report"])
        #expect(aid.hits.allSatisfy { $0.surface == "المساعدات الإنسانية" })
    }

    @Test func hitRangesSliceToTheSurface() throws {
        for analysis in analyzed.articles {
            for hit in analysis.topicHits {
                let paragraph = analysis.article.paragraphs[hit.paragraphIndex].text
                #expect(AnalysisFixture.slice(paragraph, hit.range) == hit.surface)
                #expect(AnalysisFixture.slice(analysis.bodyText, hit.bodyRange) == hit.surface)
            }
        }
    }

    @Test func wordsThatOnlyContainAStemDoNotHit() {
        let topic = Topic(
            id: "truce", title: "هدنة", terms: ["هدنة"],
            essay: AnalysisFixture.markdown("", "topics/truce.md", line: 1),
            source: AnalysisFixture.location("topics/truce.md"))
        let matcher = TopicMatcher(topics: [topic])
        #expect(
            matcher.hits(in: TokenizedPiece(text: "مهادنة الهدنه وهدنتهم", offset: 0)).map(\.surface) == ["الهدنه"])
    }

    /// Terms opening with a Latin word (in any case), with a two-letter stem, and among words
    /// sharing a term's first letter and length, are found behind proclitics and before
    /// suffixes, and only there.
    @Test func everyFormOfATermsFirstWordIsFound() {
        func topic(_ id: String, _ terms: [String]) -> Topic {
            Topic(
                id: id, title: terms[0], terms: terms, essay: AnalysisFixture.markdown("", "topics/\(id).md", line: 1),
                source: AnalysisFixture.location("topics/\(id).md"))
        }
        let matcher = TopicMatcher(topics: [
            topic("net", ["Starlink", "ستارلينك"]), topic("dam", ["سد النهضة"]), topic("oil", ["نفط", "مصفاة"]),
        ])
        let text =
            "قالت Starlink إن وستارلينك ستعمل، سد النهضة وسدود كثيرة وسد، ونفطها والنفطية ونفوط ونقطة والمصفاة ومصافي؛ STARLINK."
        let hits = matcher.hits(in: TokenizedPiece(text: text, offset: 0))
        #expect(
            hits.map(\.surface) == [
                "Starlink", "وستارلينك", "سد النهضة", "ونفطها", "والنفطية", "والمصفاة", "STARLINK",
            ], "\(hits.map(\.surface))"
        )
    }

    @Test func relatedActorsShareParagraphsWithTheTopic() throws {
        let ceasefire = try #require(analyzed.topic("ceasefire"))
        #expect(ceasefire.relatedActors.map(\.id) == ["rsf", "blinken", "burhan", "hemedti"])
        #expect(ceasefire.relatedActors.first?.count == 2)
        #expect(ceasefire.notes == ["army-truce"])
        #expect(analyzed.topicOrder == ["ceasefire", "sanctions", "aid"])
    }

    @Test func outletsListArticlesNewestFirstAndActorCoverage() throws {
        let jazeera = try #require(analyzed.outlet("jazeera"))
        #expect(jazeera.articles == ["a3-civilians", "a1-burhan"])
        #expect(jazeera.actorCounts.map(\.id) == ["burhan", "saudi", "omar-digair", "blinken", "rsf"])
        #expect(jazeera.actorCounts.map(\.count) == [3, 2, 2, 1, 1])
        #expect(jazeera.actorArticleCounts.map(\.count) == [1, 2, 1, 1, 1])
        let bbc = try #require(analyzed.outlet("bbc"))
        #expect(bbc.articles == ["a5-report", "a2-hemedti"])
        #expect(analyzed.outletOrder == ["jazeera", "bbc"])
    }

    @Test func articleSummariesRankActorsAndTopics() throws {
        let first = try #require(analyzed.article("a1-burhan"))
        #expect(first.actorIDs == ["burhan", "blinken", "rsf", "saudi"])
        #expect(first.topicIDs == ["ceasefire", "aid"])
        #expect(first.mentionsByParagraph.map(\.count) == [2, 2, 1])
    }
}
