import DossierAnalysis
import DossierModel
import DossierRenderer

/// The dossier's items by id, built once per build and shared (read-only) by every page.
public struct SiteIndex: Sendable {
    public let dossier: Dossier
    public let articles: [String: Article]
    public let actors: [String: Actor]
    public let topics: [String: Topic]
    public let outlets: [String: Outlet]
    public let notes: [String: Note]
    /// The analyzer's results (mentions, anchored notes, statistics, backlinks).
    public let analysis: AnalyzedDossier
    /// The extra search terms and facets of every page (gazetteers compiled once per site).
    public let search: SearchIndexing
    /// The orders of the paged lists.
    public let listings: SiteListings
    /// Each article's source as lists name it beside its passages (`sourceName(of:outlets:)`),
    /// by article id: made once a build, not each time a page lists one of its passages (every
    /// "also reported" line names one, up to three a paragraph on every article page).
    private let sources: [String: SourceName]

    /// An article's source as text, and as HTML with its Latin runs isolated.
    public struct SourceName: Sendable {
        public let text: String
        public let html: String
    }

    /// Indexes `dossier`, analysing it first (the analyzer's diagnostics are dropped: the
    /// pipeline calls `init(analysis:)` with the analysis whose diagnostics it reports).
    public init(dossier: Dossier) {
        self.init(analysis: DossierAnalyzer.analyze(dossier).0)
    }

    /// Indexes an analyzed dossier.
    public init(analysis: AnalyzedDossier) {
        let dossier = analysis.dossier
        self.analysis = analysis
        self.dossier = dossier
        articles = Dictionary(dossier.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        actors = Dictionary(dossier.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        topics = Dictionary(dossier.topics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        outlets = Dictionary(dossier.outlets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        notes = Dictionary(dossier.notes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        search = SearchIndexing(actors: dossier.actors, topics: dossier.topics)
        listings = SiteListings(analysis: analysis)
        let outletsByID = outlets
        sources = Dictionary(
            dossier.articles.map { article in
                let name = Self.sourceName(of: article, outlets: outletsByID)
                return (article.id, SourceName(text: name, html: HTMLText.isolatingLatin(name)))
            }, uniquingKeysWith: { first, _ in first })
    }

    /// The source of the article `id` as lists name it beside its passages; the id itself
    /// for an article the dossier does not have.
    public func source(ofArticle id: String) -> SourceName {
        sources[id] ?? SourceName(text: id, html: HTMLText.isolatingLatin(id))
    }

    /// The outlet's display name, or the "unknown outlet" label.
    public func outletName(of article: Article, strings: UIStrings = .arabic) -> String {
        Self.outletName(of: article, outlets: outlets, strings: strings)
    }

    private static func outletName(of article: Article, outlets: [String: Outlet], strings: UIStrings) -> String {
        guard let id = article.outlet, id != "unknown" else { return strings.unknownOutlet }
        return outlets[id]?.name ?? id
    }

    /// The outlet's name, or the article's title (shortened, in «») when the outlet is unknown.
    private static func sourceName(of article: Article, outlets: [String: Outlet]) -> String {
        guard let outlet = article.outlet, outlet != "unknown" else {
            return "«" + FeedEntry.clipped(article.title, to: 48) + "»"
        }
        return outletName(of: article, outlets: outlets, strings: .arabic)
    }
}
