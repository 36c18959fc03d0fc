import DossierAnalysis
import DossierModel
import DossierRenderer

/// What the landing page of an actor, a topic or an outlet is made from, as one digest per
/// page: the site's part (what `ArticlePageSources` shares with every page, without the
/// comparison, which these pages do not show, and with the timeline, whose events they list)
/// and the page's own: its path, its actor, topic or outlet as written, the scan key of every
/// article its statistics are counted from, the notes about it and the pages linking to it.
/// The later pages of an actor's or a topic's list show part of the same, and are looked up by
/// the same parts with their own path. Each actor's, topic's and outlet's own part is
/// digested once per build, for all its pages.
///
/// Landing pages are fingerprinted by their models, and building the model of every one
/// (snippets cut from each listed article, counts, note cards) was a tenth of a rebuild that
/// changed one note. A landing page whose sources digest is the one the previous build
/// recorded is taken without its model; otherwise its model decides, as before. Debug builds
/// check every page taken this way against its model (`SiteRenderer.check(_:takenBy:)`).
struct LandingPageSources: Sendable {
    /// The digest of the site's part.
    private let site: String
    /// The digest of each actor's, topic's and outlet's own part, by its landing route; nil
    /// when an article it counts has no scan key.
    private let entities: [Route: String?]

    /// The sources of the landing pages of `index` under `plan`: the site's part (what
    /// `articles` shares with every page, and the timeline) and each actor's, topic's and
    /// outlet's own part, digested once for all its pages; `scans` the key of every article's
    /// scan.
    init(
        articles: ArticlePageSources, index: SiteIndex, plan: SitePlan, strings: UIStrings, scans: [String: String],
        salt: String
    ) throws {
        let analysis = index.analysis
        site = try Fingerprint.of(Site(shared: articles.shared, timeline: analysis.timeline), salt: salt)
        let routes: [Route] =
            analysis.actors.map { .actor($0.id) } + analysis.topics.map { .topic($0.id) }
            + analysis.outlets.map { .outlet($0.id) }
        let digests = routes.concurrentMap { route in
            Result {
                try Self.entityDigest(
                    of: route, scans: scans,
                    context: PageContext(route: route, plan: plan, index: index, strings: strings))
            }
        }
        var entities: [Route: String?] = [:]
        for (route, digest) in zip(routes, digests) { entities[route] = try digest.get() }
        self.entities = entities
    }

    /// The digest of the sources of the page at `context.path`, the landing page at `route` or
    /// a later page of its list; nil for another route, or when an article it counts has no
    /// scan key.
    func key(of route: Route, context: PageContext) throws -> String? {
        guard let entity = entities[route] ?? nil else { return nil }
        return try Fingerprint.of([site, entity, context.path])
    }

    /// The digest of the own part of the landing page at `route` in `context`; nil for another
    /// route, or when an article it counts has no key in `scans`.
    private static func entityDigest(of route: Route, scans: [String: String], context: PageContext) throws
        -> String?
    {
        let analysis = context.analysis
        switch route {
        case .actor(let id):
            guard let actor = analysis.actor(id) else { return nil }
            return try digest(
                model: .actor(actor.actor), counting: actor.articleCounts.map(\.id) + actor.ambiguousOnlyArticles,
                notes: actor.notes, backlinks: context.backlinks(to: .actor, id: id), scans: scans, context: context)
        case .topic(let id):
            guard let topic = analysis.topic(id) else { return nil }
            return try digest(
                model: .topic(topic.topic), counting: topic.articleCounts.map(\.id), notes: topic.notes,
                backlinks: context.backlinks(to: .topic, id: id), scans: scans, context: context)
        case .outlet(let id):
            guard let outlet = analysis.outlet(id) else { return nil }
            return try digest(
                model: .outlet(outlet.outlet), counting: outlet.articles, notes: [],
                backlinks: context.backlinks(to: .outlet, id: id), scans: scans, context: context)
        default:
            return nil
        }
    }

    /// The digest of a landing page's own sources.
    private static func digest(
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
                model: model, articles: counted, notes: notes.compactMap { context.analysis.note($0) },
                backlinks: backlinks))
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

    /// A landing page's own sources, the same for the later pages of its list.
    private struct Own: Encodable {
        let model: Model
        /// The id and scan key of each article counted, by id.
        let articles: [[String]]
        let notes: [AnchoredNote]
        /// As the landing page shows them (a later page shows none).
        let backlinks: [BacklinkView]
    }
}
