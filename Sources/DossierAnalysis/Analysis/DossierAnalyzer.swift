import ArabicText
import DossierModel

/// Turns a loaded `Dossier` into an `AnalyzedDossier`: a pure function, no I/O.
///
/// Steps, in order: compile the gazetteer from the actors (and lint it); find mentions of
/// every actor in every article's title and body (never furniture) and topic terms in body
/// paragraphs, and the article page's search terms, each article alone (`ArticleScan`,
/// cacheable); then, at the same time, compare
/// passages across articles (`PassageComparison`) and build the `AnalysisAggregates`: anchor
/// notes and timeline passages in the articles' `bodyText`, find mentions and topic terms in the
/// editors' Markdown for search (`CommentarySearch`), build the per-actor, per-topic and
/// per-outlet statistics, check every cross-reference in the editors' Markdown and index the
/// backlinks. Every content problem is returned as a `Diagnostic`.
public enum DossierAnalyzer {
    /// Analyzes a dossier; the diagnostics are in step order, each step's in source order.
    public static func analyze(_ dossier: Dossier) -> (AnalyzedDossier, [Diagnostic]) {
        let run = analyze(dossier, generator: nil, previousAnalysis: nil)
        return (run.analysis, run.diagnostics)
    }

    /// Analyzes a dossier like `analyze(_:)`, taking each unchanged article's scan from
    /// `previousAnalysis` when its salt (`AnalysisCache.salt`: `generator`, the actors'
    /// spellings, the topics' terms) is unchanged, and the comparison from it while no
    /// article's paragraphs changed (`ComparisonRecord`). Returns the scans and the comparison
    /// for the next build (nil when `generator` is nil: nothing is cached). Without
    /// `searchTerms` (a site without search data), neither the articles' search terms nor the
    /// commentary's are made: `ArticleAnalysis.searchTerms` and `commentarySearch` are empty,
    /// and a scan kept without terms is not taken by a later analysis that makes them.
    ///
    /// `previousAnalysis` is taken, not borrowed: its comparison record (102 MB for 10,000
    /// articles) is let go of once decoded, and what is decoded from it once the comparison has
    /// used it. Held to the end of the analysis, they made the peak of a rebuild's memory:
    /// 1.18-1.20 GB after adding one article to 10,000, against 1.00-1.02 GB since.
    package static func analyze(
        _ dossier: Dossier, generator: String?, previousAnalysis: consuming AnalysisCache?, searchTerms: Bool = true
    ) -> (analysis: AnalyzedDossier, diagnostics: [Diagnostic], cache: AnalysisCache?) {
        var diagnostics: [Diagnostic] = []
        let entities = gazetteerEntities(dossier.actors)
        diagnostics += lint(entities, actors: dossier.actors)
        let finder = MentionFinder(gazetteer: Gazetteer(entities: entities))
        let topicMatcher = TopicMatcher(topics: dossier.topics)
        // Without search data there is nothing to make search terms with.
        let vocabulary = searchTerms ? SearchVocabulary(entities: entities, topics: dossier.topics) : nil
        let salt = generator.flatMap {
            try? AnalysisCache.salt(generator: $0, entities: entities, topics: dossier.topics)
        }

        // While the articles are scanned, the comparison reads the previous build's record. It
        // compares once the scans are done, with the keys they read of the articles scanned,
        // beside everything else. The record and what is read of it go through hand-overs, not
        // captured constants, which would hold them until the analysis returns; the closures
        // cannot capture the parameter itself, which is mutable, so the scans go through a
        // constant.
        let previousComparison = HandOver(previousAnalysis?.comparison.take())
        let previousScans = previousAnalysis
        let (start, (scanned, keys)) = inParallel(
            { startComparison(dossier.articles, generator: generator, previous: previousComparison.take()) },
            {
                scan(
                    dossier.articles, salt: salt, previousAnalysis: previousScans, finder: finder,
                    topicMatcher: topicMatcher, vocabulary: vocabulary)
            })
        let comparisonStart = HandOver(consume start)
        let comparisonKeys = HandOver(consume keys)
        // The scans (each with a copy of its article's body) go once aggregated, while the
        // comparison may still run.
        let scannedArticles = HandOver(consume scanned)
        let (comparison, (aggregates, entries)) = inParallel(
            {
                finishComparison(
                    comparisonStart.take() ?? .unrecorded, articles: dossier.articles,
                    keys: comparisonKeys.take() ?? [:])
            },
            {
                aggregate(
                    dossier, scanned: scannedArticles.take() ?? [], previousAnalysis: previousScans, finder: finder,
                    vocabulary: vocabulary)
            })
        var cache = salt.map { AnalysisCache(salt: $0, entries: entries) }
        diagnostics += aggregates.diagnostics
        cache?.comparison = comparison.record
        for (id, terms) in aggregates.notedTerms { cache?.entries[id]?.notedTerms = terms }
        var analyzed = AnalyzedDossier(
            dossier: dossier, articles: aggregates.articles, actors: aggregates.actors, topics: aggregates.topics,
            outlets: aggregates.outlets, notes: aggregates.notes, timeline: aggregates.timeline,
            backlinks: aggregates.backlinks, comparison: comparison.result,
            actorOrder: Ranking.byWeight(aggregates.actors.map { ($0.id, $0.actor.name, $0.weight) }),
            topicOrder: Ranking.byWeight(aggregates.topics.map { ($0.id, $0.topic.title, $0.weight) }),
            outletOrder: Ranking.byWeight(aggregates.outlets.map { ($0.id, $0.outlet.name, $0.weight) }))
        analyzed.commentarySearch = aggregates.commentarySearch
        analyzed.fragmentLinks = aggregates.fragmentLinks
        return (analyzed, diagnostics, cache)
    }

    /// One article as scanned: where its paragraphs are, its scan, the digest it is cached
    /// under (nil without a salt) and whether the scan was taken from the previous analysis.
    private struct ScannedArticle {
        let locator: PassageLocator
        let scan: ArticleScan
        let digest: String?
        let kept: Bool
    }

    /// Every article's scan, each alone, on every core, or taken from `previousAnalysis` when
    /// its digest under `salt` is the one recorded there (and it has search terms if
    /// `vocabulary` asks for them); with the comparison keys of the articles scanned, by id.
    private static func scan(
        _ articles: [Article], salt: String?, previousAnalysis: AnalysisCache?, finder: MentionFinder,
        topicMatcher: TopicMatcher, vocabulary: SearchVocabulary?
    ) -> (articles: [ScannedArticle], comparisonKeys: [String: [[String]]]) {
        let scanned = articles.concurrentMap { article -> (ScannedArticle, [[String]]?) in
            let locator = PassageLocator(
                article: article, bodyText: article.bodyText, offsets: article.paragraphOffsets)
            let digest = salt.flatMap { _ in
                try? AnalysisCache.digest(of: article, bodyText: locator.bodyText, offsets: locator.offsets)
            }
            if let salt, let digest,
                let scan = previousAnalysis?.scan(
                    of: article.id, digest: digest, salt: salt, withSearchTerms: vocabulary != nil)
            {
                return (ScannedArticle(locator: locator, scan: scan, digest: digest, kept: true), nil)
            }
            let (scan, keys) = ArticleScan.withComparisonKeys(
                article: article, locator: locator, finder: finder, topicMatcher: topicMatcher, vocabulary: vocabulary)
            return (ScannedArticle(locator: locator, scan: scan, digest: digest, kept: false), keys)
        }
        var comparisonKeys: [String: [[String]]] = [:]
        for (article, (_, keys)) in zip(articles, scanned) where keys != nil { comparisonKeys[article.id] = keys }
        return (scanned.map(\.0), comparisonKeys)
    }

    /// What the scans add up to, with the cache entry of each article (none without a salt).
    private static func aggregate(
        _ dossier: Dossier, scanned: [ScannedArticle], previousAnalysis: AnalysisCache?, finder: MentionFinder,
        vocabulary: SearchVocabulary?
    ) -> (AnalysisAggregates, [String: AnalysisCache.Entry]) {
        var locators: [String: PassageLocator] = [:]
        var entries: [String: AnalysisCache.Entry] = [:]
        // The noted search terms of an article whose scan was kept are kept while its notes are.
        var knownTerms: [String: AnalysisCache.NotedTerms] = [:]
        for (article, scanned) in zip(dossier.articles, scanned) {
            locators[article.id] = scanned.locator
            if let digest = scanned.digest {
                entries[article.id] = AnalysisCache.Entry(article: digest, scan: scanned.scan)
            }
            if scanned.kept, let known = previousAnalysis?.entries[article.id]?.notedTerms {
                knownTerms[article.id] = known
            }
        }
        let aggregates = AnalysisAggregates(
            dossier: dossier, scans: scanned.map { ($0.locator, $0.scan) }, locators: locators, finder: finder,
            vocabulary: vocabulary, knownTerms: knownTerms)
        return (aggregates, entries)
    }

    /// One gazetteer entity per actor: its name and `aliases` strong, `weak_aliases` weak.
    public static func gazetteerEntities(_ actors: [Actor]) -> [GazetteerEntity] {
        actors.map { actor in
            var strong: [String] = []
            for alias in [actor.name] + actor.aliases where !strong.contains(alias) { strong.append(alias) }
            return GazetteerEntity(
                id: actor.id, strongAliases: strong, weakAliases: actor.weakAliases, exclusions: actor.exclude)
        }
    }

    /// Gazetteer lint findings as warnings at the actor files.
    package static func lint(_ entities: [GazetteerEntity], actors: [Actor]) -> [Diagnostic] {
        let actorsByID = Dictionary(actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let people = Set(actors.filter { $0.kind == .person }.map(\.id))
        return GazetteerLint.findings(for: entities, people: people).map { finding in
            Diagnostic.warning(
                code(of: finding.kind), "actor «\(finding.entityID)»: \(finding.message)",
                at: actorsByID[finding.entityID]?.location(ofAlias: finding.alias),
                fix: finding.fix
                    ?? (finding.severity == .error
                        ? "remove the alias or replace it with a longer spelling"
                        : "move the alias to `weak_aliases:` or replace it with a longer spelling"))
        }
    }

    /// The diagnostic code of a gazetteer lint finding.
    private static func code(of kind: GazetteerLintFinding.Kind) -> Diagnostic.Code {
        switch kind {
        case .empty: .aliasEmpty
        case .tooShort: .aliasTooShort
        case .short: .aliasShort
        case .stopword: .aliasStopword
        case .foldsOntoCommonWord: .aliasFoldsOntoCommonWord
        case .sharedAlias: .aliasShared
        case .weakAliasInOtherName: .aliasInOtherName
        }
    }
}
