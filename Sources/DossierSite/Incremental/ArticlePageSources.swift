import DossierAnalysis
import DossierModel
import DossierRenderer

/// What an article page's inputs (`ArticlePageInputs`) are made from, as one digest per page:
/// the site's part, the same for every article page of a build (the actors, topics, outlets
/// and settings, what every article shows of itself elsewhere, the plan, the comparison), and
/// the article's own (the article, its scan, its notes, the pages linking to it).
///
/// Gathering and digesting an article page's inputs was most of what a rebuild spent on a
/// thousand unchanged pages. When a page's sources digest is the one the previous build
/// recorded, its inputs are the same and it is taken without them; when it is not (an article
/// added changes the plan and the comparison), its inputs decide, as before. Debug builds
/// check every page taken this way against its inputs (`SiteRenderer.renderKeyedPage`).
struct ArticlePageSources: Sendable {
    /// The digest of what every page may show of the rest of the site: all of the site's part
    /// but the comparison.
    let shared: String
    /// The digest of the site's part: `shared` and the comparison's key.
    private let site: String

    /// The site's part of the sources of `index`'s article pages under `plan`, with `keys`
    /// (the comparison's), salted with what every page's fingerprint shares.
    init(index: SiteIndex, plan: SitePlan, keys: AnalysisKeys, strings: UIStrings, salt: String) throws {
        let analysis = index.analysis
        shared = try Fingerprint.of(
            Site(
                config: index.dossier.config, strings: strings, paths: plan.files.map(\.path),
                actors: index.dossier.actors, topics: index.dossier.topics, outlets: index.dossier.outlets,
                notePlaces: analysis.notes.map { [$0.note.id, $0.note.article] },
                articles: index.dossier.articles.map { article in
                    Face(
                        id: article.id, title: article.title, outlet: article.outlet,
                        outletName: index.outletName(of: article, strings: strings), published: article.published,
                        language: article.language, url: article.url)
                }),
            salt: salt)
        site = try Fingerprint.of(WithComparison(shared: shared, comparison: keys.comparison))
    }

    /// The digest of the sources of `article`'s page in `context`, `scan` the key of its scan,
    /// `readings` the articles' reading keys.
    func key(of article: Article, scan: String, readings: [String: String], context: PageContext) throws -> String {
        let notes = (context.analysis.article(article.id)?.notes ?? []).compactMap { context.analysis.note($0) }
        return try Fingerprint.of(
            Own(
                site: site, scan: scan, article: ArticleIdentity(article, readings: readings), notes: notes,
                backlinks: context.backlinks(to: .article, id: article.id)))
    }

    /// What every article page may show of the rest of the site.
    private struct Site: Encodable {
        let config: DossierConfig
        let strings: UIStrings
        /// Every file of the plan: which pages exist to link to.
        let paths: [String]
        let actors: [Actor]
        let topics: [Topic]
        let outlets: [Outlet]
        /// Each note's id and article: where a link to a note goes.
        let notePlaces: [[String]]
        let articles: [Face]
    }

    /// The site's part of article pages: what every page may show, and the comparison.
    private struct WithComparison: Encodable {
        let shared: String
        let comparison: String?
    }

    /// What a page may show of an article other than its own: its name, source and date.
    private struct Face: Encodable {
        let id: String
        let title: String
        let outlet: String?
        let outletName: String
        let published: PartialDate?
        let language: String
        let url: String?
    }

    /// An article page's own sources.
    private struct Own: Encodable {
        let site: String
        let scan: String
        let article: ArticleIdentity
        let notes: [AnchoredNote]
        let backlinks: [BacklinkView]
    }
}
