import DossierAnalysis
import DossierModel
import DossierRenderer

/// What the landing page of an actor, a topic or an outlet is made from, as one digest per
/// page: the site's part (what `ArticlePageSources` shares with every article page, the notes'
/// places, and the timeline, whose events these pages list, with each article it cites) and
/// the page's own: its path, its actor, topic or outlet as written, each article its
/// statistics are counted from, the notes about it and the pages linking to it, and where the
/// cross-references of its text and notes go. An article enters a page's digest as far as the
/// page shows it (`faces`): its scan key, title, source, date, language and whether its page
/// exists; so adding an article changes the sources of the pages that count it, not of every
/// landing page. The later pages of an actor's or a topic's list show part of the same, and are
/// looked up by the same parts with their own path. Each actor's, topic's and outlet's own part
/// is digested once per build, for all its pages.
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
    /// `articles` shares with every article page, the notes' places and the timeline) and each
    /// actor's, topic's and outlet's own part, digested once for all its pages; `scans` the key
    /// of every article's scan.
    init(
        articles: ArticlePageSources, index: SiteIndex, plan: SitePlan, strings: UIStrings, scans: [String: String],
        salt: String
    ) throws {
        let analysis = index.analysis
        let faces = Self.faces(index: index, plan: plan, strings: strings, scans: scans)
        let cited = Set(analysis.timeline.flatMap { $0.passages.map(\.reference.article) })
        site = try Fingerprint.of(
            Site(
                articles: articles.site,
                notePlaces: analysis.notes.map { note in
                    // A card's model has its number among its article's notes (the notes list shows
                    // it), which the others' places set, and a link to a note its article's page
                    // does not mark goes to the page of the notes list with its card.
                    let number = index.listings.noteNumbers[note.id]
                    let listed = NotesPageBuilder.route(ofNote: note.id, listings: index.listings)
                    return [
                        note.note.id, note.note.article, number.map { String($0) } ?? "", SiteRoutes.path(of: listed),
                    ]
                },
                timeline: analysis.timeline, cited: cited.sorted().map { faces[$0] ?? $0 }),
            salt: salt)
        var references: [CommentarySource.Kind: [String: [BacklinkIndex.Target]]] = [:]
        for (target, sources) in analysis.backlinks.entries {
            for source in sources { references[source.kind, default: [:]][source.id, default: []].append(target) }
        }
        let sources = Sources(faces: faces, references: references)
        let routes: [Route] =
            analysis.actors.map { .actor($0.id) } + analysis.topics.map { .topic($0.id) }
            + analysis.outlets.map { .outlet($0.id) }
        let digests = routes.concurrentMap { route in
            Result {
                try Self.entityDigest(
                    of: route, sources: sources,
                    context: PageContext(route: route, plan: plan, index: index, strings: strings))
            }
        }
        var entities: [Route: String?] = [:]
        for (route, digest) in zip(routes, digests) { entities[route] = try digest.get() }
        self.entities = entities
    }

    /// What a landing page may show of each article, by id: its scan key, title, outlet and the
    /// outlet's name, date, language and address, and whether its page exists, as one string
    /// (an article without a scan key has none).
    private static func faces(index: SiteIndex, plan: SitePlan, strings: UIStrings, scans: [String: String])
        -> [String: String]
    {
        var faces: [String: String] = [:]
        for article in index.dossier.articles {
            guard let scan = scans[article.id] else { continue }
            let fields = [
                article.id, scan, article.title, article.outlet ?? "", index.outletName(of: article, strings: strings),
                article.published?.iso ?? "", article.language, article.url ?? "",
                plan.contains(.article(article.id)) ? "1" : "0",
            ]
            faces[article.id] = fields.joined(separator: "\u{1F}")
        }
        return faces
    }

    /// The articles' faces and the targets of the cross-references in each piece of
    /// commentary, by its kind and id.
    private struct Sources {
        let faces: [String: String]
        let references: [CommentarySource.Kind: [String: [BacklinkIndex.Target]]]

        /// Where the cross-references of the commentary `kind:id` go: an article's face, a
        /// note's article's face, or the actor, topic, outlet or site's page (in the site's part).
        func reaches(of kind: CommentarySource.Kind, _ id: String, index: SiteIndex) -> [String] {
            (references[kind]?[id] ?? []).sorted().map { target in
                let article: String? =
                    switch target.kind {
                    case .article: target.id
                    case .note: index.notes[target.id]?.article
                    case .actor, .topic, .outlet, .page: nil
                    }
                return [target.kind.rawValue, target.id, article.flatMap { faces[$0] } ?? ""]
                    .joined(separator: "\u{1F}")
            }
        }
    }

    /// The digest of the sources of the page at `context.path`, the landing page at `route` or
    /// a later page of its list; nil for another route, or when an article it counts has no
    /// scan key.
    func key(of route: Route, context: PageContext) throws -> String? {
        guard let entity = entities[route] ?? nil else { return nil }
        return try Fingerprint.of([site, entity, context.path])
    }

    /// The digest of the own part of the landing page at `route` in `context`; nil for another
    /// route, or when an article it counts has no scan key.
    private static func entityDigest(of route: Route, sources: Sources, context: PageContext) throws -> String? {
        let analysis = context.analysis
        switch route {
        case .actor(let id):
            guard let actor = analysis.actor(id) else { return nil }
            return try digest(
                model: .actor(actor.actor), counting: actor.articleCounts.map(\.id) + actor.ambiguousOnlyArticles,
                notes: actor.notes, backlinks: context.backlinks(to: .actor, id: id),
                references: sources.reaches(of: .actor, id, index: context.index), sources: sources, context: context)
        case .topic(let id):
            guard let topic = analysis.topic(id) else { return nil }
            return try digest(
                model: .topic(topic.topic), counting: topic.articleCounts.map(\.id), notes: topic.notes,
                backlinks: context.backlinks(to: .topic, id: id),
                references: sources.reaches(of: .topic, id, index: context.index), sources: sources, context: context)
        case .outlet(let id):
            guard let outlet = analysis.outlet(id) else { return nil }
            return try digest(
                model: .outlet(outlet.outlet), counting: outlet.articles, notes: [],
                backlinks: context.backlinks(to: .outlet, id: id),
                references: sources.reaches(of: .outlet, id, index: context.index), sources: sources, context: context)
        default:
            return nil
        }
    }

    /// The digest of a landing page's own sources.
    private static func digest(
        model: Model, counting articles: [String], notes: [String], backlinks: [BacklinkView], references: [String],
        sources: Sources, context: PageContext
    ) throws -> String? {
        var counted: [String] = []
        for article in Set(articles).sorted() {
            guard let face = sources.faces[article] else { return nil }
            counted.append(face)
        }
        let anchored = notes.compactMap { context.analysis.note($0) }
        return try Fingerprint.of(
            Own(
                model: model, articles: counted, notes: anchored,
                noteArticles: anchored.map { sources.faces[$0.note.article] ?? $0.note.article },
                references: references
                    + anchored.flatMap { sources.reaches(of: .note, $0.note.id, index: context.index) },
                backlinks: backlinks))
    }

    /// What every landing page may show of the rest of the site.
    private struct Site: Encodable {
        /// The site's part of article pages' sources (`ArticlePageSources.site`).
        let articles: String
        /// Each note's id and article, its number among its article's notes when anchored and
        /// the page of the notes list with its card: where a link to a note goes, and what its
        /// card's model holds.
        let notePlaces: [[String]]
        let timeline: [AnchoredEvent]
        /// The face of each article the timeline cites, by id.
        let cited: [String]
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
        /// The face of each article counted, by id.
        let articles: [String]
        let notes: [AnchoredNote]
        /// The face of each note's article.
        let noteArticles: [String]
        /// Where the cross-references of its text and notes go (`Sources.reaches`).
        let references: [String]
        /// As the landing page shows them (a later page shows none).
        let backlinks: [BacklinkView]
    }
}
