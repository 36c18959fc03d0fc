import DossierModel

/// What the search fragments and the comparison need, computed once per site and shared
/// read-only by every page.
public struct SearchAndComparison: Sendable {
    /// Extra search terms and facets per page (gazetteers compiled once).
    public let search: SearchIndexing
    /// Passages shared between articles.
    public let comparison: PassageComparisonResult

    /// Computes the shared pieces of `analysis`.
    public init(analysis: AnalyzedDossier) {
        search = SearchIndexing(actors: analysis.dossier.actors, topics: analysis.dossier.topics)
        comparison = analysis.comparison
    }
}
