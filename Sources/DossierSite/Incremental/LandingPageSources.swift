import DossierAnalysis
import DossierModel
import DossierRenderer

/// What the landing page of an actor, a topic or an outlet is made from, as one digest per
/// page: the site's part (what `ArticlePageSources` shares with every page, without the
/// comparison, which these pages do not show, and with the timeline, whose events they list)
/// and the page's own: its path, its actor, topic or outlet as written, the scan key of every
/// article its statistics are counted from, the notes about it and the pages linking to it.
/// The later pages of an actor's or a topic's list show part of the same, and are looked up by
/// the same digest made for their own path.
///
/// Landing pages are fingerprinted by their models, and building the model of every one
/// (snippets cut from each listed article, counts, note cards) was a tenth of a rebuild that
/// changed one note. A landing page whose sources digest is the one the previous build
/// recorded is taken without its model; otherwise its model decides, as before. Debug builds
/// check every page taken this way against its model (`SiteRenderer.checkTaken`).
struct LandingPageSources: Sendable {
    /// The digest of the site's part.
    private let site: String

    /// The site's part of the landing pages' sources: what `articles` shares with every page,
    /// and `timeline`.
    init(articles: ArticlePageSources, timeline: [AnchoredEvent], salt: String) throws {
        site = try Fingerprint.of(Site(shared: articles.shared, timeline: timeline), salt: salt)
    }

    /// The digest of the sources of the landing page at `route` (or of a later page of its
    /// list, at `context.path`) in `context`, `scans` the key of every article's scan; nil for
    /// another route, or when an article it counts has no key.
    func key(of route: Route, scans: [String: String], context: PageContext) throws -> String? {
        let analysis = context.analysis
        switch route {
        case .actor(let id):
            guard let actor = analysis.actor(id) else { return nil }
            return try key(
                model: .actor(actor.actor), counting: actor.articleCounts.map(\.id) + actor.ambiguousOnlyArticles,
                notes: actor.notes, backlinks: context.backlinks(to: .actor, id: id), scans: scans, context: context)
        case .topic(let id):
            guard let topic = analysis.topic(id) else { return nil }
            return try key(
                model: .topic(topic.topic), counting: topic.articleCounts.map(\.id), notes: topic.notes,
                backlinks: context.backlinks(to: .topic, id: id), scans: scans, context: context)
        case .outlet(let id):
            guard let outlet = analysis.outlet(id) else { return nil }
            return try key(
                model: .outlet(outlet.outlet), counting: outlet.articles, notes: [],
                backlinks: context.backlinks(to: .outlet, id: id), scans: scans, context: context)
        default:
            return nil
        }
    }

    /// The digest of a landing page's own sources.
    private func key(
        model: Model, counting articles: [String], notes: [String], backlinks: [BacklinkView],
        scans: [String: String], context: PageContext
    ) throws -> String? {
        var counted: [[String]] = []
        for article in Set(articles).sorted() {
            guard let scan = scans[article] else { return nil }
            counted.append([article, scan])
        }
        return try Fingerprint.of(
            Own(
                site: site, path: context.path, model: model, articles: counted,
                notes: notes.compactMap { context.analysis.note($0) }, backlinks: backlinks))
    }

    /// What every landing page may show of the rest of the site.
    private struct Site: Encodable {
        let shared: String
        let timeline: [AnchoredEvent]
    }

    /// The actor, topic or outlet of a landing page, as its source file gives it.
    private enum Model: Encodable {
        case actor(Actor)
        case topic(Topic)
        case outlet(Outlet)
    }

    /// A landing page's own sources.
    private struct Own: Encodable {
        let site: String
        let path: String
        let model: Model
        /// The id and scan key of each article counted, by id.
        let articles: [[String]]
        let notes: [AnchoredNote]
        let backlinks: [BacklinkView]
    }
}
