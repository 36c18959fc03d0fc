import ArabicText
import DossierModel

/// Everything the analysis derives from the per-article scans, besides the comparison: the
/// anchored notes and timeline, each article's analysis, the per-actor, per-topic and per-outlet
/// statistics, and the cross-references with their backlinks. Independent of the comparison,
/// so `DossierAnalyzer` builds the two at the same time.
package struct AnalysisAggregates: Sendable {
    package let notes: [AnchoredNote]
    package let timeline: [AnchoredEvent]
    package let articles: [ArticleAnalysis]
    package let actors: [ActorAnalysis]
    package let topics: [TopicAnalysis]
    package let outlets: [OutletAnalysis]
    package let backlinks: BacklinkIndex
    /// The cross-references with a fragment, for the link check.
    package let fragmentLinks: [FragmentLink]
    /// The mentions and terms found in the editors' Markdown, for the search data of its pages.
    package let commentarySearch: CommentarySearch
    /// The search terms of each article with notes, with the digest of its notes, to keep.
    package let notedTerms: [String: AnalysisCache.NotedTerms]
    /// The diagnostics of anchoring, then of the cross-references, each in source order.
    package let diagnostics: [Diagnostic]

    /// The aggregates of `dossier`, whose articles were scanned into `scans` (in article order)
    /// and located by `locators` (by article id); `finder` and `vocabulary` find the search terms
    /// of the articles and of the commentary. `knownTerms` are the previous build's noted terms
    /// of the articles whose scans it kept, taken while their notes are the same. Without a
    /// vocabulary (a site without search data), no article or commentary gets search terms,
    /// and the known noted terms are kept as they were.
    package init(
        dossier: Dossier, scans: [(PassageLocator, ArticleScan)], locators: [String: PassageLocator],
        finder: MentionFinder, vocabulary: SearchVocabulary?,
        knownTerms: [String: AnalysisCache.NotedTerms] = [:]
    ) {
        let anchoring = NoteAnchoring(
            locators: locators, articleIDs: dossier.articles.map(\.id), actorIDs: Set(dossier.actors.map(\.id)),
            topicIDs: Set(dossier.topics.map(\.id)), failed: dossier.failed)
        // Parts that do not wait for one another are made at the same time, on both cores.
        let (anchored, commentary) = inParallel(
            { (anchoring.anchor(notes: dossier.notes), anchoring.anchor(events: dossier.timeline)) },
            {
                vocabulary.map { CommentarySearch(dossier: dossier, finder: finder, vocabulary: $0) }
                    ?? CommentarySearch()
            })
        let ((notes, noteDiagnostics), (timeline, timelineDiagnostics)) = anchored

        var notesByArticle: [String: [(Int, String)]] = [:]
        for note in notes {
            if let anchor = note.anchor {
                notesByArticle[anchor.article, default: []].append((anchor.readingPosition, note.id))
            }
        }
        // Each article's search terms with its notes' words are tokenised again: on every core.
        let noteIDsByArticle = notesByArticle
        let analysed = Array(dossier.articles.indices).concurrentMap { index in
            let article = dossier.articles[index]
            let (locator, scan) = scans[index]
            let noteIDs = (noteIDsByArticle[article.id] ?? []).sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
                .map(\.1)
            let (terms, noted) =
                vocabulary.map { vocabulary in
                    Self.searchTerms(
                        of: article, scan: scan, bodyText: locator.bodyText,
                        notes: noteIDs.map { commentary.source(.note, $0) },
                        known: knownTerms[article.id], vocabulary: vocabulary)
                } ?? ([], knownTerms[article.id])
            let analysis = ArticleAnalysis(
                article: article, paragraphOffsets: locator.offsets,
                mentions: scan.mentions, titleMentions: scan.titleMentions, ambiguous: scan.ambiguous,
                topicHits: scan.topicHits, notes: noteIDs, searchTerms: terms)
            return (analysis, noted)
        }
        let articles = analysed.map(\.0)
        var notedTerms: [String: AnalysisCache.NotedTerms] = [:]
        for (analysis, noted) in analysed { notedTerms[analysis.id] = noted }

        let ranking = Ranking(actors: dossier.actors)
        let check = CrossReferenceCheck(
            dossier: dossier,
            paragraphCounts: Dictionary(
                dossier.articles.map { ($0.id, $0.paragraphs.count) }, uniquingKeysWith: { first, _ in first }))
        let (actors, (statistics, references)) = inParallel(
            {
                ActorStatistics(articles: articles, actors: dossier.actors, notes: dossier.notes, ranking: ranking)
                    .build()
            },
            {
                inParallel(
                    {
                        let statistics = TopicStatistics(articles: articles, ranking: ranking)
                        return (
                            statistics.topics(dossier.topics, notes: dossier.notes), statistics.outlets(dossier.outlets)
                        )
                    }, { check.run() })
            })
        let (backlinks, fragmentLinks, referenceDiagnostics) = references

        self.notes = notes
        self.timeline = timeline
        self.articles = articles
        self.actors = actors
        (topics, outlets) = statistics
        self.backlinks = backlinks
        self.fragmentLinks = fragmentLinks
        commentarySearch = commentary
        self.notedTerms = notedTerms
        diagnostics = noteDiagnostics + timelineDiagnostics + referenceDiagnostics
    }

    /// The search terms of an article's page: those of its scan, or, when notes stand in its
    /// margin (their text is on the page too), those of the article and its `notes` together:
    /// `known`'s when they were made from the same notes, else made now. Returns what to keep
    /// for the next build too (nil without notes).
    private static func searchTerms(
        of article: Article, scan: ArticleScan, bodyText: String, notes: [SearchTermSource],
        known: AnalysisCache.NotedTerms?, vocabulary: SearchVocabulary
    ) -> ([String], AnalysisCache.NotedTerms?) {
        guard !notes.isEmpty else { return (scan.searchTerms ?? [], nil) }
        let digest = try? Fingerprint.of(notes)
        if let known, known.notes == digest { return (known.terms, known) }
        var source = ArticleScan.searchSource(
            title: article.title, bodyText: bodyText, titleMentions: scan.titleMentions, mentions: scan.mentions,
            ambiguous: scan.ambiguous, vocabulary: vocabulary,
            topicTerms: vocabulary.topicAliases(in: article.title) + vocabulary.topicAliases(in: bodyText))
        for note in notes { source.append(note) }
        let terms = source.terms(vocabulary: vocabulary)
        return (terms, digest.map { AnalysisCache.NotedTerms(notes: $0, terms: terms) })
    }
}
