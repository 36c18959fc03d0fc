import DossierAnalysis

/// The digests that fix what the analysis found, by which pages are fingerprinted from their
/// inputs before their models are built (`SiteRenderer.renderKeyedPage`).
struct AnalysisKeys: Sendable {
    /// The key of each article's scan, by article id: the salt of the analysis and the digest of
    /// the article as it read it (its id, title and body), which together fix the scan.
    var scans: [String: String] = [:]
    /// The key of the passage comparison (`ComparisonRecord.key`: every article's paragraphs and
    /// the options), which fixes its pairs and claims; nil when it is not known.
    var comparison: String?
    /// The key each article was read under, by id (`CachedArticle.key`), where it has one:
    /// with the binary, it fixes the `Article`, so pages digest it instead of the article.
    var readings: [String: String] = [:]
    /// The digest of the search sources of each article's notes, by id, for the articles with
    /// notes (`AnalysisCache.NotedTerms.notes`): with the scan's key, it fixes the search terms
    /// of the article's page.
    var notedTerms: [String: String] = [:]

    /// No keys: every page is fingerprinted by its model.
    init() {}

    /// The keys of what `cache` records, and the articles' `readings`.
    init(_ cache: AnalysisCache, readings: [String: String]) {
        scans = cache.entries.mapValues { cache.salt + "\n" + $0.article }
        comparison = cache.comparison?.key
        notedTerms = cache.entries.compactMapValues { $0.notedTerms?.notes }
        self.readings = readings
    }
}
