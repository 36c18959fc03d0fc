import ArabicText
import DossierModel

/// Turns a loaded `Dossier` into an `AnalyzedDossier`: a pure function, no I/O.
///
/// Steps, in order: compile the gazetteer from the actors (and lint it); find mentions of
/// every actor in every article's title and body (never furniture) and topic terms in body
/// paragraphs, and the article page's search terms, each article alone (`ArticleScan`,
/// cacheable); compare passages across articles (`PassageComparison`); anchor notes and
/// timeline passages in the articles' `bodyText`; find mentions and topic terms in the
/// editors' Markdown for search (`CommentarySearch`); build the per-actor, per-topic and
/// per-outlet statistics; check every cross-reference in the editors' Markdown and index the
/// backlinks. Every content problem is returned as a `Diagnostic`.
public enum DossierAnalyzer {
    /// Analyzes a dossier; the diagnostics are in step order, each step's in source order.
    public static func analyze(_ dossier: Dossier) -> (AnalyzedDossier, [Diagnostic]) {
        let run = analyze(dossier, generator: nil, previousAnalysis: nil)
        return (run.analysis, run.diagnostics)
    }

    /// Analyzes a dossier like `analyze(_:)`, taking each unchanged article's scan from
    /// `previousAnalysis` when its salt (`AnalysisCache.salt`: `generator`, the actors'
    /// spellings, the topics' terms) is unchanged. Returns the scans for the next build (nil
    /// when `generator` is nil: nothing is cached).
    static func analyze(_ dossier: Dossier, generator: String?, previousAnalysis: AnalysisCache?)
        -> (analysis: AnalyzedDossier, diagnostics: [Diagnostic], cache: AnalysisCache?)
    {
        var diagnostics: [Diagnostic] = []
        let entities = gazetteerEntities(dossier.actors)
        diagnostics += lint(entities, actors: dossier.actors)
        let finder = MentionFinder(gazetteer: Gazetteer(entities: entities))
        let topicMatcher = TopicMatcher(topics: dossier.topics)
        let vocabulary = SearchVocabulary(entities: entities, topics: dossier.topics)
        let salt = generator.flatMap {
            try? AnalysisCache.salt(generator: $0, entities: entities, topics: dossier.topics)
        }

        // Each article is scanned alone (or its scan taken from the cache), on every core.
        let scanned = dossier.articles.concurrentMap { article -> (PassageLocator, ArticleScan, String?) in
            let locator = PassageLocator(
                article: article, bodyText: article.bodyText, offsets: article.paragraphOffsets)
            let digest = salt.flatMap { _ in
                try? AnalysisCache.digest(of: article, bodyText: locator.bodyText, offsets: locator.offsets)
            }
            if let salt, let digest, let scan = previousAnalysis?.scan(of: article.id, digest: digest, salt: salt) {
                return (locator, scan, digest)
            }
            let scan = ArticleScan(
                article: article, locator: locator, finder: finder, topicMatcher: topicMatcher, vocabulary: vocabulary)
            return (locator, scan, digest)
        }
        var locators: [String: PassageLocator] = [:]
        var cache = salt.map { AnalysisCache(salt: $0) }
        for (article, (locator, scan, digest)) in zip(dossier.articles, scanned) {
            locators[article.id] = locator
            if let digest { cache?.entries[article.id] = AnalysisCache.Entry(article: digest, scan: scan) }
        }
        let comparison = PassageComparison().compare(dossier.articles)

        let anchoring = NoteAnchoring(
            locators: locators, articleIDs: dossier.articles.map(\.id), actorIDs: Set(dossier.actors.map(\.id)),
            topicIDs: Set(dossier.topics.map(\.id)), failed: dossier.failed)
        let (notes, noteDiagnostics) = anchoring.anchor(notes: dossier.notes)
        diagnostics += noteDiagnostics
        let (timeline, timelineDiagnostics) = anchoring.anchor(events: dossier.timeline)
        diagnostics += timelineDiagnostics

        var notesByArticle: [String: [(Int, String)]] = [:]
        for note in notes {
            if let anchor = note.anchor {
                notesByArticle[anchor.article, default: []].append((anchor.range.lowerBound, note.id))
            }
        }
        let commentary = CommentarySearch(dossier: dossier, finder: finder, vocabulary: vocabulary)
        let articles = zip(dossier.articles, scanned).map { article, scanned in
            let (locator, scan, _) = scanned
            let noteIDs = (notesByArticle[article.id] ?? []).sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
                .map(\.1)
            return ArticleAnalysis(
                article: article, bodyText: locator.bodyText, paragraphOffsets: locator.offsets,
                mentions: scan.mentions, titleMentions: scan.titleMentions, ambiguous: scan.ambiguous,
                topicHits: scan.topicHits, notes: noteIDs,
                searchTerms: searchTerms(
                    of: article, scan: scan, bodyText: locator.bodyText, noteIDs: noteIDs, commentary: commentary,
                    vocabulary: vocabulary))
        }

        let ranking = Ranking(actors: dossier.actors)
        let actors = ActorStatistics(articles: articles, actors: dossier.actors, notes: dossier.notes, ranking: ranking)
            .build()
        let statistics = TopicStatistics(articles: articles, ranking: ranking)
        let topics = statistics.topics(dossier.topics, notes: dossier.notes)
        let outlets = statistics.outlets(dossier.outlets)

        let check = CrossReferenceCheck(
            dossier: dossier,
            paragraphCounts: Dictionary(
                dossier.articles.map { ($0.id, $0.paragraphs.count) }, uniquingKeysWith: { first, _ in first }))
        let (backlinks, referenceDiagnostics) = check.run()
        diagnostics += referenceDiagnostics

        var analyzed = AnalyzedDossier(
            dossier: dossier, articles: articles, actors: actors, topics: topics, outlets: outlets, notes: notes,
            timeline: timeline, backlinks: backlinks, comparison: comparison,
            actorOrder: Ranking.byWeight(actors.map { ($0.id, $0.actor.name, $0.weight) }),
            topicOrder: Ranking.byWeight(topics.map { ($0.id, $0.topic.title, $0.weight) }),
            outletOrder: Ranking.byWeight(outlets.map { ($0.id, $0.outlet.name, $0.weight) }))
        analyzed.commentarySearch = commentary
        return (analyzed, diagnostics, cache)
    }

    /// The search terms of an article's page: those of its scan, or, when notes stand in its
    /// margin (their text is on the page too), those of the article and its notes together.
    private static func searchTerms(
        of article: Article, scan: ArticleScan, bodyText: String, noteIDs: [String], commentary: CommentarySearch,
        vocabulary: SearchVocabulary
    ) -> [String] {
        guard !noteIDs.isEmpty else { return scan.searchTerms }
        var source = ArticleScan.searchSource(
            title: article.title, bodyText: bodyText, titleMentions: scan.titleMentions, mentions: scan.mentions,
            ambiguous: scan.ambiguous, vocabulary: vocabulary)
        for id in noteIDs { source.append(commentary.source(.note, id)) }
        return source.terms
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
    static func lint(_ entities: [GazetteerEntity], actors: [Actor]) -> [Diagnostic] {
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
