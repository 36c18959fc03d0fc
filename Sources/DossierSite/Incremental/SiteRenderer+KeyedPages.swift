import DossierAnalysis
import DossierModel
import DossierOutput
import DossierRenderer

/// The pages fingerprinted by their inputs before their models are built: article pages
/// (`ArticlePageInputs`) and the later pages of actors' and topics' lists (`ListPageInputs`).
/// Such a page whose inputs are unchanged since the previous build is taken from it unbuilt.
extension SiteRenderer {
    /// The page at `context.route` when it is one keyed by its inputs; nil when it is not, or
    /// when an article it shows has no scan key (it is then fingerprinted by its model).
    func renderKeyedPage(context: PageContext, scanKeys: [String: String], reuse: RenderReuse?, salt: String) throws
        -> RenderedPage?
    {
        let listings = context.index.listings
        switch context.route {
        case .article(let id):
            guard let scan = scanKeys[id] else { return nil }
            let article = try article(id, context: context)
            let layout = context.layout(title: article.title, description: ArticlePageBuilder.description(of: article))
            let search = context.searchPage(title: article.title)
            let inputs = ArticlePageInputs(
                article: article, scan: scan, layout: layout, search: search, context: context)
            return try render(
                fingerprint: fingerprint(of: inputs, template: ArticlePage.template, context: context, salt: salt),
                context: context, reuse: reuse
            ) {
                PreparedPage(
                    page: ArticlePageBuilder.page(for: article, context: context), layout: layout, path: context.path,
                    search: search, indexing: context.index.search, diagnostics: [])
            }
        case .paged(.actor(let id), let number):
            guard let actor = context.analysis.actor(id) else { throw SiteError("no actor \(id) for a planned page") }
            let list = SiteLists.actor(id, listings)
            let runs = listings.actorArticles[id] ?? []
            return try renderLaterPage(
                number, of: list, named: actor.actor.name, runs: list.items(ofPage: number).map { runs[$0] },
                template: ActorPage.template, context: context, scanKeys: scanKeys, reuse: reuse, salt: salt
            ) {
                ActorPageBuilder.page(for: actor, number: number, context: context)
            }
        case .paged(.topic(let id), let number):
            guard let topic = context.analysis.topic(id) else { throw SiteError("no topic \(id) for a planned page") }
            let list = SiteLists.topic(id, listings)
            let runs = listings.topicArticles[id] ?? []
            return try renderLaterPage(
                number, of: list, named: topic.topic.title, runs: list.items(ofPage: number).map { runs[$0] },
                template: TopicPage.template, context: context, scanKeys: scanKeys, reuse: reuse, salt: salt
            ) {
                TopicPageBuilder.page(for: topic, number: number, context: context)
            }
        default:
            return nil
        }
    }

    /// Page `number` (not the landing page) of `list`, an actor's or a topic's, which lists `runs`.
    private func renderLaterPage<Page: PageContent>(
        _ number: Int, of list: PagedList, named name: String, runs: [ArticleRun], template: TemplateName,
        context: PageContext, scanKeys: [String: String], reuse: RenderReuse?, salt: String,
        build: () -> (Page, [Diagnostic])
    ) throws -> RenderedPage? {
        let title = numbered(name, number, number)
        let layout = context.layout(title: title, description: nil)
        let search = context.searchPage(title: title)
        let pager = PagerBuilder.pager(
            for: list, current: number, label: context.strings.articlePages, context: context)
        guard
            let inputs = ListPageInputs(
                name: name, runs: runs, pager: pager, layout: layout, search: search, scanKeys: scanKeys,
                context: context)
        else { return nil }
        return try render(
            fingerprint: fingerprint(of: inputs, template: template, context: context, salt: salt), context: context,
            reuse: reuse
        ) {
            let (page, diagnostics) = build()
            return PreparedPage(
                page: page, layout: layout, path: context.path, search: search, indexing: context.index.search,
                diagnostics: diagnostics)
        }
    }

    /// The fingerprint of the page at `context.path` whose template is `template` and whose
    /// inputs are `inputs`, salted with what every page shares.
    private func fingerprint<Inputs: Encodable>(
        of inputs: Inputs, template: TemplateName, context: PageContext, salt: String
    ) throws -> String {
        try Fingerprint.of(KeyedInputs(path: context.path, template: template.rawValue, inputs: inputs), salt: salt)
    }

    /// A page's inputs with what tells it from another page with the same.
    private struct KeyedInputs<Inputs: Encodable>: Encodable {
        let path: String
        let template: String
        let inputs: Inputs
    }

    /// The page with `fingerprint`: the previous build's file when it had the same, else the
    /// page `prepare` builds, rendered.
    private func render(
        fingerprint: String, context: PageContext, reuse: RenderReuse?, prepare: () -> PreparedPage
    ) throws -> RenderedPage {
        if let reused = reuse?.unchanged(context.path, fingerprint: fingerprint) {
            return RenderedPage(
                file: RenderedFile(path: context.path, content: reused), fingerprint: fingerprint, reused: true)
        }
        let prepared = prepare()
        return RenderedPage(
            file: RenderedFile(path: context.path, content: .bytes(try prepared.render(with: renderer))),
            diagnostics: prepared.diagnostics, fingerprint: fingerprint)
    }
}
