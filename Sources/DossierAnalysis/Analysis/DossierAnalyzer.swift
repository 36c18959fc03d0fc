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
    /// `searchTerms` (a site without search data), the articles' search terms are not made:
    /// `ArticleAnalysis.searchTerms` is empty, and a scan kept without them is not taken by a
    /// later analysis that makes them.
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
        let vocabulary = SearchVocabulary(entities: entities, topics: dossier.topics)
        let salt = generator.flatMap {
            try? AnalysisCache.salt(generator: $0, entities: entities, topics: dossier.topics)
        }

        // The comparison needs only the articles: it runs beside everything else, from the start.
        // The record goes to the comparison through a hand-over, not a captured constant, which
        // would hold its bytes until the analysis returns; the closures cannot capture the
        // parameter itself, which is mutable, so the scans go through a constant.
        let previousComparison = HandOver(previousAnalysis?.comparison.take())
        let previousScans = previousAnalysis
        let (comparison, (aggregates, entries)) = inParallel(
            { compare(dossier.articles, generator: generator, previous: previousComparison.take()) },
            {
                scanAndAggregate(
                    dossier, salt: salt, previousAnalysis: previousScans, finder: finder,
                    topicMatcher: topicMatcher, vocabulary: vocabulary, searchTerms: searchTerms)
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

    /// Every article's scan (each alone, on every core, or taken from `previousAnalysis` when
    /// its digest under `salt` is the one recorded there) and what the scans add up to; with
    /// the cache entry of each article (none without `salt`). The search terms are made only
    /// with `searchTerms`.
    private static func scanAndAggregate(
        _ dossier: Dossier, salt: String?, previousAnalysis: AnalysisCache?, finder: MentionFinder,
        topicMatcher: TopicMatcher, vocabulary: SearchVocabulary, searchTerms: Bool
    ) -> (AnalysisAggregates, [String: AnalysisCache.Entry]) {
        let scanned = dossier.articles.concurrentMap { article -> (PassageLocator, ArticleScan, String?, Bool) in
            let locator = PassageLocator(
                article: article, bodyText: article.bodyText, offsets: article.paragraphOffsets)
            let digest = salt.flatMap { _ in
                try? AnalysisCache.digest(of: article, bodyText: locator.bodyText, offsets: locator.offsets)
            }
            if let salt, let digest,
                let scan = previousAnalysis?.scan(
                    of: article.id, digest: digest, salt: salt, withSearchTerms: searchTerms)
            {
                return (locator, scan, digest, true)
            }
            let scan = ArticleScan(
                article: article, locator: locator, finder: finder, topicMatcher: topicMatcher,
                vocabulary: searchTerms ? vocabulary : nil)
            return (locator, scan, digest, false)
        }
        var locators: [String: PassageLocator] = [:]
        var entries: [String: AnalysisCache.Entry] = [:]
        // The noted search terms of an article whose scan was kept are kept while its notes are.
        var knownTerms: [String: AnalysisCache.NotedTerms] = [:]
        for (article, (locator, scan, digest, kept)) in zip(dossier.articles, scanned) {
            locators[article.id] = locator
            if let digest { entries[article.id] = AnalysisCache.Entry(article: digest, scan: scan) }
            if kept, let known = previousAnalysis?.entries[article.id]?.notedTerms { knownTerms[article.id] = known }
        }
        let aggregates = AnalysisAggregates(
            dossier: dossier, scans: scanned.map { ($0.0, $0.1) }, locators: locators, finder: finder,
            vocabulary: vocabulary, searchTerms: searchTerms, knownTerms: knownTerms)
        return (aggregates, entries)
    }

    /// The comparison of `articles`' passages: `previous`' when its inputs are the same, else
    /// compared with the tokens of the articles `previous` already tokenised and the candidates
    /// of the passages it already compared; and the record to
    /// keep for the next build (nil when `generator` is nil: nothing is cached).
    private static func compare(_ articles: [Article], generator: String?, previous: consuming ComparisonRecord?)
        -> (result: PassageComparisonResult, record: ComparisonRecord?)
    {
        let comparison = PassageComparison()
        guard let generator else { return (comparison.compare(articles), nil) }
        let digests = ComparisonRecord.digests(of: articles, generator: generator)
        guard let key = try? ComparisonRecord.key(digests: digests, options: comparison.options, generator: generator)
        else { return (comparison.compare(articles), nil) }
        if let previous, previous.key == key, let result = previous.result() { return (result, previous) }
        let basis = (try? Fingerprint.of(comparison.options, salt: generator)) ?? ""
        let (previousTokens, previousCandidates) = (previous?.tokens(), previous?.candidates())
        // Decoded, the record's bytes are let go of before the comparison runs.
        previous = nil
        let (result, tokens, candidates) = comparison.compare(
            articles, digests: digests, reusing: consume previousTokens, candidates: consume previousCandidates,
            basis: basis)
        return (result, ComparisonRecord(key: key, result: result, tokens: tokens, candidates: candidates))
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
        return GazetteerLint.findings(for: entities).map { finding in
            Diagnostic.warning(
                code(of: finding.kind), "actor «\(finding.entityID)»: \(finding.message)",
                at: actorsByID[finding.entityID]?.location(ofAlias: finding.alias),
                fix: finding.severity == .error
                    ? "remove the alias or replace it with a longer spelling"
                    : "move the alias to `weak_aliases:` or replace it with a longer spelling")
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
        }
    }
}
