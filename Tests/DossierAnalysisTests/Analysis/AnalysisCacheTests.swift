import DossierModel
import DossierTestFixtures
import Foundation
import Testing

@testable import DossierAnalysis

/// The analysis a build keeps for the next one: an unchanged article's scan is taken from it,
/// a changed one is scanned again, and the result always equals a fresh analysis.
struct AnalysisCacheTests {
    private let generator = "generator-1"

    private func analyze(
        _ dossier: Dossier, generator: String? = nil, previous: AnalysisCache? = nil, searchTerms: Bool = true
    ) -> (analysis: AnalyzedDossier, cache: AnalysisCache?) {
        let run = DossierAnalyzer.analyze(
            dossier, generator: generator ?? self.generator, previousAnalysis: previous, searchTerms: searchTerms)
        return (run.analysis, run.cache)
    }

    /// `cache` with the scan of `articleID` replaced by an empty one (same digest): a build
    /// that takes it from the cache shows no mentions in that article.
    private func doctored(_ cache: AnalysisCache, emptying articleID: String) throws -> AnalysisCache {
        var cache = cache
        let entry = try #require(cache.entries[articleID])
        let article = try #require(AnalysisFixture.dossier().articles.first { $0.id == articleID })
        let empty = ArticleScan.withComparisonKeys(
            article: Article(
                id: article.id, source: article.source, title: "", outlet: nil, published: nil, paragraphs: []),
            locator: PassageLocator(article: article, bodyText: "", offsets: []),
            finder: .init(gazetteer: .init(entities: [])), topicMatcher: TopicMatcher(topics: []),
            vocabulary: SearchVocabulary(entities: [], topics: [])
        ).scan
        cache.entries[articleID] = AnalysisCache.Entry(article: entry.article, scan: empty)
        return cache
    }

    @Test func aReusedAnalysisEqualsAFreshOne() throws {
        let dossier = AnalysisFixture.dossier()
        let (fresh, cache) = analyze(dossier)
        let (again, cacheAgain) = analyze(dossier, previous: cache)
        #expect(again == fresh)
        #expect(cacheAgain?.entries.count == dossier.articles.count)

        // Change one article: the result is the fresh analysis of the new dossier.
        var articles = dossier.articles
        let changed = articles[0]
        articles[0] = Article(
            id: changed.id, source: changed.source, title: changed.title, outlet: changed.outlet,
            published: changed.published,
            paragraphs: changed.paragraphs + [Paragraph(text: "وأكد البرهان مجددا التزامه بمحادثات جدة.", line: 40)])
        let edited = AnalysisFixture.dossier(articles: articles)
        #expect(analyze(edited, previous: cache).analysis == DossierAnalyzer.analyze(edited).0)
    }

    @Test func anUnchangedArticlesScanIsTakenFromTheCache() throws {
        let dossier = AnalysisFixture.dossier()
        let id = dossier.articles[0].id
        let cache = try doctored(try #require(analyze(dossier).cache), emptying: id)
        #expect(analyze(dossier).analysis.article(id)?.mentions.isEmpty == false)
        // Taken from the (doctored) cache: proof that the article was not scanned again.
        #expect(analyze(dossier, previous: cache).analysis.article(id)?.mentions.isEmpty == true)
        // Another salt (a new binary, other aliases or topic terms): scanned again.
        #expect(
            analyze(dossier, generator: "generator-2", previous: cache).analysis.article(id)?.mentions.isEmpty == false)
        var actors = AnalysisFixture.actors
        let first = actors[0]
        actors[0] = Actor(
            id: first.id, name: first.name, kind: first.kind, aliases: first.aliases + ["اسم مستعار جديد"],
            weakAliases: first.weakAliases, exclude: first.exclude, profile: first.profile, source: first.source)
        let realiased = AnalysisFixture.dossier(actors: actors)
        #expect(analyze(realiased, previous: cache).analysis.article(id)?.mentions.isEmpty == false)
    }

    /// The search terms are kept with the scan, and follow the actors' spellings: a new alias
    /// of an actor the article mentions is among its terms in the next build.
    @Test func searchTermsAreCachedWithTheScan() throws {
        let dossier = AnalysisFixture.dossier()
        // An article without notes: one with notes has its terms made again with theirs.
        let id = try #require(
            dossier.articles.first { article in !dossier.notes.contains { $0.article == article.id } }?.id)
        let cache = try #require(analyze(dossier).cache)
        let fresh = try #require(analyze(dossier).analysis.article(id))
        #expect(!fresh.searchTerms.isEmpty && cache.entries[id]?.scan.searchTerms == fresh.searchTerms)
        #expect(analyze(dossier, previous: try doctored(cache, emptying: id)).analysis.article(id)?.searchTerms == [])
        var actors = AnalysisFixture.actors
        let mentioned = try #require(fresh.actorIDs.first)
        let index = try #require(actors.firstIndex { $0.id == mentioned })
        let actor = actors[index]
        actors[index] = Actor(
            id: actor.id, name: actor.name, kind: actor.kind, aliases: actor.aliases + ["لقب مستحدث"],
            weakAliases: actor.weakAliases, exclude: actor.exclude, profile: actor.profile, source: actor.source)
        let realiased = AnalysisFixture.dossier(actors: actors)
        #expect(analyze(realiased, previous: cache).analysis.article(id)?.searchTerms.contains("مستحدث") == true)
    }

    /// An article page's search terms with its notes' words are kept with its scan, and taken
    /// while the article and the notes are the same: a made-up term kept for a1-burhan shows
    /// through, and goes once its note is edited.
    @Test func theSearchTermsOfAnArticleWithNotesAreKeptWhileItsNotesAreTheSame() throws {
        let dossier = AnalysisFixture.dossier()
        let (fresh, cache) = analyze(dossier)
        var previous = try #require(cache)
        let kept = try #require(previous.entries["a1-burhan"]?.notedTerms)
        #expect(fresh.article("a1-burhan")?.searchTerms == kept.terms)
        #expect(previous.entries["a3-civilians"]?.notedTerms == nil, "an article without notes keeps none")
        previous.entries["a1-burhan"]?.notedTerms = AnalysisCache.NotedTerms(notes: kept.notes, terms: ["مزروع"])
        #expect(analyze(dossier, previous: previous).analysis.article("a1-burhan")?.searchTerms == ["مزروع"])

        var notes = AnalysisFixture.notes
        notes[0] = AnalysisFixture.note(
            "army-truce", article: "a1-burhan", quote: "وقال البرهان إن الجيش ملتزم بالهدنة",
            body: "نص آخر للملاحظة يذكر المفاوضات.")
        let edited = AnalysisFixture.dossier(notes: notes)
        let again = analyze(edited, previous: previous).analysis
        #expect(again.article("a1-burhan")?.searchTerms == analyze(edited).analysis.article("a1-burhan")?.searchTerms)
        #expect(again.article("a1-burhan")?.searchTerms.contains("مزروع") == false)
    }

    /// A site without search data gets no search terms, and nothing else changes: the same
    /// mentions, topic hits, notes and statistics.
    @Test func withoutSearchDataNoSearchTermsAreMade() throws {
        let dossier = AnalysisFixture.dossier()
        let (plain, cache) = analyze(dossier, searchTerms: false)
        let full = analyze(dossier).analysis
        #expect(full.articles.contains { !$0.searchTerms.isEmpty })
        #expect(plain.articles.allSatisfy { $0.searchTerms.isEmpty })
        #expect(try #require(cache).entries.values.allSatisfy { $0.scan.searchTerms == nil })
        #expect(plain.articles.map(Self.withoutTerms) == full.articles.map(Self.withoutTerms))
        #expect(plain.actors == full.actors && plain.topics == full.topics && plain.notes == full.notes)
        // Nor are the commentary's: only search pages read them.
        #expect(plain.commentarySearch == CommentarySearch())
        #expect(full.commentarySearch != CommentarySearch())
    }

    /// A scan kept by a build without search data has no search terms: a build with search
    /// data scans the article again. One kept with them serves a build without.
    @Test func aScanWithoutSearchTermsIsNotTakenWhenTheyAreWanted() throws {
        let dossier = AnalysisFixture.dossier()
        let id = dossier.articles[0].id
        let plainCache = try #require(analyze(dossier, searchTerms: false).cache)
        #expect(plainCache.entries[id]?.scan.searchTerms == nil)
        let rescanned = analyze(dossier, previous: plainCache)
        #expect(rescanned.analysis == analyze(dossier).analysis)
        #expect(rescanned.cache?.entries[id]?.scan.searchTerms?.isEmpty == false)

        let fullCache = try doctored(try #require(analyze(dossier).cache), emptying: id)
        let taken = analyze(dossier, previous: fullCache, searchTerms: false)
        #expect(taken.analysis.article(id)?.mentions.isEmpty == true, "taken from the doctored cache")
        #expect(taken.cache?.entries[id]?.scan.searchTerms == [], "kept with the terms it had")
    }

    /// A build without search data keeps the noted terms it was given, for the next build with
    /// search data to take.
    @Test func notedTermsOutliveABuildWithoutSearchData() throws {
        let dossier = AnalysisFixture.dossier()
        var previous = try #require(analyze(dossier).cache)
        let kept = try #require(previous.entries["a1-burhan"]?.notedTerms)
        previous.entries["a1-burhan"]?.notedTerms = AnalysisCache.NotedTerms(notes: kept.notes, terms: ["مزروع"])
        let plain = analyze(dossier, previous: previous, searchTerms: false)
        #expect(plain.analysis.article("a1-burhan")?.searchTerms == [])
        let passed = try #require(plain.cache)
        #expect(passed.entries["a1-burhan"]?.notedTerms?.terms == ["مزروع"])
        #expect(analyze(dossier, previous: passed).analysis.article("a1-burhan")?.searchTerms == ["مزروع"])
    }

    /// An article's analysis with its search terms left out, to compare the rest.
    private static func withoutTerms(_ analysis: ArticleAnalysis) -> ArticleAnalysis {
        ArticleAnalysis(
            article: analysis.article, paragraphOffsets: analysis.paragraphOffsets, mentions: analysis.mentions,
            titleMentions: analysis.titleMentions, ambiguous: analysis.ambiguous, topicHits: analysis.topicHits,
            notes: analysis.notes)
    }
}
