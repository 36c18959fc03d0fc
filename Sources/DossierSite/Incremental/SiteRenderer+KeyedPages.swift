import DossierAnalysis
import DossierModel
import DossierOutput
import DossierRenderer

/// The pages fingerprinted by their inputs before their models are built: article pages
/// (`ArticlePageInputs`), the later pages of actors' and topics' lists (`ListPageInputs`) and
/// the pages of the comparison (`ComparisonPageInputs`).
/// Such a page whose sources (`ArticlePageSources`, `LandingPageSources`), or when it has none
/// its inputs, are unchanged since the previous build is taken from it unbuilt.
extension SiteRenderer {
    /// The page at `context.route` when it is one keyed by its inputs; nil when it is not, or
    /// when a key it needs is unknown (it is then fingerprinted by its model). An article page
    /// whose sources (`articleSources`) are the previous build's is taken without its inputs.
    func renderKeyedPage(
        context: PageContext, keys: AnalysisKeys, sources: PageSourceDigests?, reuse: RenderReuse?, salt: String
    ) throws -> RenderedPage? {
        let listings = context.index.listings
        switch context.route {
        case .article(let id):
            guard let scan = keys.scans[id] else { return nil }
            let article = try article(id, context: context)
            let articleSources = try sources?.articles.key(
                of: article, scan: scan, readings: keys.readings, context: context)
            let (taken, takenPage) = pageTaken(bySources: articleSources, context: context, reuse: reuse)
            if let takenPage { return takenPage }
            let page = try render(
                title: article.title, description: ArticlePageBuilder.description(of: article),
                template: ArticlePage.template, context: context, reuse: reuse, salt: salt, sources: articleSources,
                taken: taken,
                inputs: {
                    ArticlePageInputs(
                        article: article, scan: scan, keys: keys, layout: $0, search: $1, context: context)
                }
            ) {
                (ArticlePageBuilder.page(for: article, context: context), [])
            }
            return try page.map { try Self.checked($0, takenBy: taken, reuse: reuse) }
        case .paged(.actor(let id), let number):
            guard let actor = context.analysis.actor(id) else { throw SiteError("no actor \(id) for a planned page") }
            let list = SiteLists.actor(id, listings)
            let runs = listings.actorArticles[id] ?? []
            return try renderLaterPage(
                number, of: list, named: actor.actor.name, runs: list.items(ofPage: number).map { runs[$0] },
                template: ActorPage.template, context: context, scanKeys: keys.scans,
                sources: try sources?.landings.key(of: .actor(id), context: context), reuse: reuse,
                salt: salt
            ) {
                ActorPageBuilder.page(for: actor, number: number, context: context)
            }
        case .paged(.topic(let id), let number):
            guard let topic = context.analysis.topic(id) else { throw SiteError("no topic \(id) for a planned page") }
            let list = SiteLists.topic(id, listings)
            let runs = listings.topicArticles[id] ?? []
            return try renderLaterPage(
                number, of: list, named: topic.topic.title, runs: list.items(ofPage: number).map { runs[$0] },
                template: TopicPage.template, context: context, scanKeys: keys.scans,
                sources: try sources?.landings.key(of: .topic(id), context: context), reuse: reuse,
                salt: salt
            ) {
                TopicPageBuilder.page(for: topic, number: number, context: context)
            }
        case .comparison, .paged(.comparison, _):
            guard let comparison = keys.comparison else { return nil }
            let number: Int? = if case .paged(_, let number) = context.route { number } else { nil }
            let page = number ?? SiteLists.comparison(context.analysis).landingPage
            return try render(
                title: numbered(strings.comparisonTitle, page, number), description: strings.comparisonIntro,
                template: ComparisonPage.template, context: context, reuse: reuse, salt: salt,
                inputs: {
                    ComparisonPageInputs(comparison: comparison, number: page, layout: $0, search: $1, context: context)
                }
            ) {
                (ComparisonPageBuilder.page(number: page, context: context), [])
            }
        default:
            return nil
        }
    }

    /// Page `number` (not the landing page) of `list`, an actor's or a topic's, which lists
    /// `runs`: taken by its `sources` (its actor's or topic's `LandingPageSources`, which hold
    /// all the page shows) when they are the previous build's, else by its inputs.
    private func renderLaterPage<Page: PageContent>(
        _ number: Int, of list: PagedList, named name: String, runs: [ArticleRun], template: TemplateName,
        context: PageContext, scanKeys: [String: String], sources: String?, reuse: RenderReuse?, salt: String,
        build: () -> (Page, [Diagnostic])
    ) throws -> RenderedPage? {
        let (taken, takenPage) = pageTaken(bySources: sources, context: context, reuse: reuse)
        if let takenPage { return takenPage }
        let pager = PagerBuilder.pager(
            for: list, current: number, label: context.strings.articlePages, context: context)
        let page = try render(
            title: numbered(name, number, number), description: nil, template: template, context: context,
            reuse: reuse, salt: salt, sources: sources, taken: taken,
            inputs: {
                ListPageInputs(
                    name: name, runs: runs, pager: pager, layout: $0, search: $1, scanKeys: scanKeys, context: context)
            }, build: build)
        return try page.map { try Self.checked($0, takenBy: taken, reuse: reuse) }
    }

    /// The previous build's page at `context.path` when its sources had the digest `sources`,
    /// and that page as this build's, unless debug builds build it again to check it.
    func pageTaken(bySources sources: String?, context: PageContext, reuse: RenderReuse?) -> (
        taken: (content: RenderedFile.Content, fingerprint: String)?, page: RenderedPage?
    ) {
        let taken = sources.flatMap { reuse?.unchanged(context.path, .sources, $0) }
        guard let taken, reuse?.checksPagesTakenBySources != true else { return (taken, nil) }
        return (
            taken,
            RenderedPage(
                file: RenderedFile(path: context.path, content: taken.content),
                diagnostics: reuse?.warnings(of: context.path) ?? [], fingerprint: taken.fingerprint,
                reused: true, takenBySources: true)
        )
    }

    /// The page at `context.path` titled `title`, built by `build` and rendered with `template`
    /// (with its diagnostics).
    ///
    /// A page without `sources` is fingerprinted by the `inputs` gathered for its layout and
    /// search data (nil: it is not keyed), and is the previous build's file when that had the
    /// same inputs. A page with sources not `taken` by them is made again
    /// (`madeAgain(sources:inputs:taken:context:prepare:)`), its inputs gathered and digested
    /// only where taken pages are checked against them.
    private func render<Inputs: Encodable, Page: PageContent>(
        title: String, description: String?, template: TemplateName, context: PageContext, reuse: RenderReuse?,
        salt: String, sources: String? = nil, taken: (content: RenderedFile.Content, fingerprint: String)? = nil,
        inputs: (PageLayout, SearchPageDraft?) -> Inputs?, build: () -> (Page, [Diagnostic])
    ) throws -> RenderedPage? {
        let layout = context.layout(title: title, description: description)
        let search = searchData ? context.searchPage(title: title) : nil
        let prepare = {
            let (page, diagnostics) = build()
            return PreparedPage(
                page: page, layout: layout, path: context.path, search: search, indexing: context.index.search,
                diagnostics: diagnostics)
        }
        if let sources {
            let digest =
                reuse?.checksPagesTakenBySources == true
                ? try inputs(layout, search).map {
                    try fingerprint(of: $0, template: template, context: context, salt: salt)
                }
                : nil
            return try madeAgain(
                sources: sources, inputs: digest,
                taken: taken.map { ($0.content, reuse?.warnings(of: context.path) ?? []) },
                context: context, prepare: prepare)
        }
        guard let inputs = inputs(layout, search) else { return nil }
        return try render(
            inputs: fingerprint(of: inputs, template: template, context: context, salt: salt), context: context,
            reuse: reuse, prepare: prepare)
    }

    /// The page at `context.path` whose `sources` were not the previous build's, made by
    /// `prepare` and rendered; or, where taken pages are checked, the previous build's page
    /// `taken` by the same sources (its file, and its warnings as recorded or as made), for
    /// `checked` to hold against the digest of its `inputs`.
    ///
    /// Such a page is not taken by its inputs when they are unchanged: in release builds they
    /// are not gathered at all. Gathering and digesting the inputs of every page of a clean
    /// build, for the next build to take a page by them, cost more (5% of a 10,000-article
    /// build) than rendering the pages they spared a rebuild.
    func madeAgain(
        sources: String, inputs: String?, taken: (content: RenderedFile.Content, warnings: [Diagnostic])?,
        context: PageContext, prepare: () throws -> PreparedPage
    ) throws -> RenderedPage {
        // Inputs not digested leave an empty part, which no digest of inputs matches.
        let fingerprint = KeyedFingerprint.make(sources: sources, inputs: inputs ?? "")
        if let taken {
            return RenderedPage(
                file: RenderedFile(path: context.path, content: taken.content), diagnostics: taken.warnings,
                fingerprint: fingerprint, reused: true)
        }
        let prepared = try prepare()
        return RenderedPage(
            file: RenderedFile(path: context.path, content: .bytes(try prepared.render(with: renderer))),
            diagnostics: prepared.diagnostics, fingerprint: fingerprint)
    }

    /// The fingerprint of the page at `context.path` whose template is `template` and whose
    /// inputs are `inputs`, salted with what every page shares.
    private func fingerprint<Inputs: Encodable>(
        of inputs: Inputs, template: TemplateName, context: PageContext, salt: String
    ) throws -> String {
        try Fingerprint.of(KeyedInputs(path: context.path, template: template.rawValue, inputs: inputs), salt: salt)
    }

    /// `page`, built to check the previous build's page `taken` by the same sources, marked as
    /// taken by them; throws when it has another fingerprint (the sources miss something the
    /// page is made from) or other diagnostics than its record in `reuse` keeps.
    static func checked(
        _ page: RenderedPage, takenBy taken: (content: RenderedFile.Content, fingerprint: String)?,
        reuse: RenderReuse?
    ) throws -> RenderedPage {
        guard let taken else { return page }
        guard page.fingerprint == taken.fingerprint else {
            throw SiteError(
                "\(page.file.path) has the sources of the previous build's page but another fingerprint: the page's sources miss what changed"
            )
        }
        let recordedWarnings = reuse?.warnings(of: page.file.path) ?? []
        guard page.diagnostics == recordedWarnings else {
            throw SiteError(
                "\(page.file.path) gave other diagnostics than its record keeps: \(page.diagnostics) against \(recordedWarnings)"
            )
        }
        var page = page
        page.takenBySources = true
        return page
    }

    /// A page's inputs with what tells it from another page with the same.
    private struct KeyedInputs<Inputs: Encodable>: Encodable {
        let path: String
        let template: String
        let inputs: Inputs
    }

    /// The page whose inputs have the digest `inputs`: the previous build's file when it had the
    /// same inputs, else the page `prepare` builds, rendered.
    private func render(
        inputs: String, context: PageContext, reuse: RenderReuse?, prepare: () -> PreparedPage
    ) throws -> RenderedPage {
        let fingerprint = KeyedFingerprint.make(sources: nil, inputs: inputs)
        if let reused = reuse?.unchanged(context.path, .inputs, inputs) {
            return RenderedPage(
                file: RenderedFile(path: context.path, content: reused.content),
                diagnostics: reuse?.warnings(of: context.path) ?? [], fingerprint: fingerprint, reused: true)
        }
        let prepared = prepare()
        return RenderedPage(
            file: RenderedFile(path: context.path, content: .bytes(try prepared.render(with: renderer))),
            diagnostics: prepared.diagnostics, fingerprint: fingerprint)
    }
}
