import DossierAnalysis
import DossierModel
import DossierOutput
import DossierRenderer
import Foundation

/// Renders every planned page (in parallel; output order is the plan's) and passes copies through.
public struct SiteRenderer: Sendable {
    public let renderer: PageRenderer
    public let strings: UIStrings
    /// Whether the site gets a search index (see `SearchFormPage.indexed`): only a build that
    /// writes one says so.
    public var searchIndexed = false
    /// The folders of the search index's parts besides the main one, which the search page
    /// merges into it (`SearchIndexLayout`); empty for an index of one part.
    public var searchIndexParts: [String] = []
    /// Whether pages carry their search data (`SearchIndexing.fragment`): a build that writes
    /// no search index leaves it out, as dead weight (a fifth of an article page); renderings
    /// kept in memory (`check`, tests) keep it.
    public var searchData = true

    public init(templates: TemplateSet, strings: UIStrings = .arabic) {
        self.renderer = PageRenderer(templates: templates)
        self.strings = strings
    }

    /// Every file of `plan`, in plan order, the diagnostics found while rendering, and the
    /// fingerprint of every page.
    ///
    /// With `reuse` (a build that writes an output), every page is fingerprinted, and a page
    /// whose fingerprint has not changed since the previous build is linked from the old output
    /// instead of rendered. Without it (`check`, tests) nothing is fingerprinted. This form
    /// keeps every file in memory.
    public func render(plan: SitePlan, index: SiteIndex) async throws -> RenderedPages {
        try await render(plan: plan, index: index, reuse: nil, outlet: FileOutlet(staging: nil, checker: LinkChecker()))
    }

    /// `render(plan:index:)` with `reuse`, handing each file to `outlet` as soon as it is made:
    /// only the files being rendered are in memory at once, unless the outlet keeps them.
    /// `keys` fix what the analysis found (each article's scan, the comparison): an article's
    /// data file, and the pages keyed by their inputs (`renderKeyedPage`), are fingerprinted by
    /// them before anything is built, and taken from the previous build while unchanged.
    func render(
        plan: SitePlan, index: SiteIndex, reuse: RenderReuse?, outlet: FileOutlet, keys: AnalysisKeys = AnalysisKeys()
    ) async throws -> RenderedPages {
        let salt = try reuse.map { try fingerprintSalt(index: index, reuse: $0) }
        let sources = try salt.map { salt in
            let articles = try ArticlePageSources(index: index, plan: plan, strings: strings, salt: salt)
            return PageSourceDigests(
                articles: articles,
                landings: try LandingPageSources(
                    articles: articles, index: index, plan: plan, strings: strings, scans: keys.scans, salt: salt))
        }
        let results = try await withThrowingTaskGroup(of: (Int, HandedPage).self) { group in
            // A few tasks per core at a time: a task holds its own allocation until it ends, so
            // one task per file, all added at once, held some 10 KB per file of a large site
            // (380 MB at 10,000 articles) before the first one finished.
            var pending = plan.files.enumerated().makeIterator()
            func addNext() -> Bool {
                guard let (position, file) = pending.next() else { return false }
                group.addTask {
                    let page = try self.render(
                        file, plan: plan, index: index, reuse: reuse, salt: salt, keys: keys, sources: sources)
                    let known = page.reused ? reuse?.links(of: file.path) : nil
                    // A page let go is made again, should the check need its text.
                    var remake: (@Sendable () -> String?)?
                    if outlet.letsGo {
                        remake = { self.remade(file, plan: plan, index: index, keys: keys) }
                    }
                    return (position, HandedPage(page, file: try outlet.take(page.file, known: known, remake: remake)))
                }
                return true
            }
            for _ in 0..<Self.tasksInFlight where !addNext() { break }
            // Each page put in its planned place as it comes: sorting them by place afterwards
            // copied every page's record twice.
            var collected = [HandedPage?](repeating: nil, count: plan.files.count)
            while let (position, page) = try await group.next() {
                collected[position] = page
                _ = addNext()
            }
            return collected.compactMap { $0 }
        }
        var fingerprints: [String: String] = [:]
        var pageDiagnostics: [String: [Diagnostic]] = [:]
        for result in results {
            if let fingerprint = result.fingerprint { fingerprints[result.file.path] = fingerprint }
            if !result.diagnostics.isEmpty { pageDiagnostics[result.file.path] = result.diagnostics }
        }
        return RenderedPages(
            handed: results.map(\.file), fingerprints: fingerprints, pageDiagnostics: pageDiagnostics,
            reused: results.filter(\.reused).count,
            takenBySources: Set(results.filter(\.takenBySources).map(\.file.path)))
    }

    /// The text of `file` made again: without reuse, the bytes a render made the first time
    /// (a page taken from the previous build has those bytes too).
    private func remade(_ file: PlannedFile, plan: SitePlan, index: SiteIndex, keys: AnalysisKeys) -> String? {
        try? render(file, plan: plan, index: index, reuse: nil, salt: nil, keys: keys, sources: nil).file.text
    }

    /// How many files are rendered at once: enough to keep every core busy while some wait on
    /// the disk.
    private static let tasksInFlight = 4 * max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// What every page's fingerprint shares: the generator, the templates, the search vocabulary
    /// and whether pages carry search data.
    private func fingerprintSalt(index: SiteIndex, reuse: RenderReuse) throws -> String {
        let templates = try Fingerprint.of(renderer.templates.templateSources.mapValues { Data($0) })
        return [reuse.generator, templates, index.search.fingerprint, searchData ? "search data" : "no search data"]
            .joined(separator: "\n")
    }

    /// One file of the site, and for a page its fingerprint and whether it was reused.
    struct RenderedPage: Sendable {
        let file: RenderedFile
        var diagnostics: [Diagnostic] = []
        var fingerprint: String?
        var reused = false
        /// Whether its sources were the previous build's (`ArticlePageSources`,
        /// `LandingPageSources`): it was taken without its inputs or model, or, in debug
        /// builds, checked against them.
        var takenBySources = false
    }

    /// A rendered page once handed to the outlet (its bytes written or kept there).
    private struct HandedPage: Sendable {
        let file: HandedFile
        let diagnostics: [Diagnostic]
        let fingerprint: String?
        let reused: Bool
        let takenBySources: Bool

        init(_ page: RenderedPage, file: HandedFile) {
            self.file = file
            diagnostics = page.diagnostics
            fingerprint = page.fingerprint
            reused = page.reused
            takenBySources = page.takenBySources
        }
    }

    /// The digests of what article pages and actors', topics' and outlets' pages are made
    /// from, in a build that reuses pages.
    struct PageSourceDigests: Sendable {
        let articles: ArticlePageSources
        let landings: LandingPageSources
    }

    private func render(
        _ file: PlannedFile, plan: SitePlan, index: SiteIndex, reuse: RenderReuse?, salt: String?,
        keys: AnalysisKeys, sources: PageSourceDigests?
    ) throws -> RenderedPage {
        switch file.content {
        case .copy(let source):
            return RenderedPage(file: RenderedFile(path: file.path, content: .copy(from: source)))
        case .asset(let asset):
            switch renderer.templates.content(ofAsset: asset) {
            case .file(let source):
                return RenderedPage(file: RenderedFile(path: file.path, content: .copy(from: source)))
            case .bytes(let bytes):
                return RenderedPage(file: RenderedFile(path: file.path, content: .bytes(bytes)))
            }
        case .page(let route):
            let context = PageContext(route: route, plan: plan, index: index, strings: strings)
            if let salt,
                let keyed = try renderKeyedPage(
                    context: context, keys: keys, sources: sources, reuse: reuse, salt: salt)
            {
                return keyed
            }
            let pageSources = try sources?.landings.key(of: route, context: context)
            let (taken, takenPage) = pageTaken(bySources: pageSources, context: context, reuse: reuse)
            if let takenPage { return takenPage }
            if let pageSources, let salt {
                // Built whole where taken pages are checked: the model's digest and warnings are
                // what the check holds against the page taken.
                let prepared = try reuse?.checksPagesTakenBySources == true ? preparePage(route, context: context) : nil
                let page = try madeAgain(
                    sources: pageSources, inputs: prepared.map { try $0.fingerprint(salt: salt) },
                    taken: taken.map { ($0.content, prepared?.diagnostics ?? []) }, context: context
                ) { try prepared ?? preparePage(route, context: context) }
                return try Self.checked(page, takenBy: taken, reuse: reuse)
            }
            let prepared = try preparePage(route, context: context)
            let inputs = try salt.map { try prepared.fingerprint(salt: $0) }
            let reused = inputs.flatMap { reuse?.unchanged(file.path, .inputs, $0)?.content }
            let content = try reused ?? .bytes(prepared.render(with: renderer))
            return RenderedPage(
                file: RenderedFile(path: file.path, content: content), diagnostics: prepared.diagnostics,
                fingerprint: inputs.map { KeyedFingerprint.make(sources: nil, inputs: $0) }, reused: reused != nil)
        case .data(let route):
            let scanKey: String? = if case .articleData(let id) = route { keys.scans[id] } else { nil }
            let fingerprint = try salt.flatMap { salt in try scanKey.map { try Fingerprint.of($0, salt: salt) } }
            let reused = fingerprint.flatMap { reuse?.unchanged(file.path, fingerprint: $0) }
            return RenderedPage(
                file: RenderedFile(
                    path: file.path, content: reused ?? .bytes(DataFiles.bytes(of: route, index: index))),
                fingerprint: fingerprint)
        }
    }

    /// One page kind, one case: build its model and layout. The switch names every route, so
    /// a new route does not compile until it has a page builder or is declared not a page.
    private func preparePage(_ route: Route, context: PageContext) throws -> PreparedPage {
        switch route {
        case .home:
            let (page, diagnostics) = HomePageBuilder.page(context: context)
            return prepare(page, title: nil, description: nil, context: context, diagnostics: diagnostics)
        case .article(let id):
            let article = try article(id, context: context)
            let page = ArticlePageBuilder.page(for: article, context: context)
            return prepare(
                page, title: article.title, description: ArticlePageBuilder.description(of: article), context: context)
        case .articleIndex, .timelineYear, .comparison, .notes, .actor, .topic, .outlet:
            return try prepareListPage(route, number: nil, context: context)
        case .paged(let list, let number): return try prepareListPage(list, number: number, context: context)
        case .actorIndex: return prepareActorIndex(context: context)
        case .topicIndex: return prepareTopicIndex(context: context)
        case .outletIndex: return prepareOutletIndex(context: context)
        case .timeline: return prepareTimelinePage(context: context)
        case .search: return prepareSearchPage(context: context)
        case .notFound: return prepareNotFoundPage(context: context)
        case .articleOriginal, .dossierData, .articleData, .annotations, .asset:
            throw SiteError("\(route) is a file, not a page")
        }
    }

    /// The article `id` of a planned page.
    func article(_ id: String, context: PageContext) throws -> Article {
        guard let article = context.index.articles[id] else { throw SiteError("no article \(id) for a planned page") }
        return article
    }

    /// `page` with the layout and search data of its route, titled `title` (nil: the site's title).
    func prepare<Page: PageContent>(
        _ page: Page, title: String?, description: String?, context: PageContext, diagnostics: [Diagnostic] = [],
        baseHref: String? = nil
    ) -> PreparedPage {
        var layout = context.layout(title: title, description: description)
        layout.baseHref = baseHref
        return PreparedPage(
            page: page, layout: layout, path: context.path,
            search: searchData ? context.searchPage(title: title ?? context.index.dossier.config.title) : nil,
            indexing: context.index.search, diagnostics: diagnostics)
    }
}

/// What `SiteRenderer` made of a plan.
public struct RenderedPages: Sendable {
    /// Every file of the plan as handed to the outlet, in plan order.
    let handed: [HandedFile]
    /// The problems found while building the pages, in plan order.
    public var diagnostics: [Diagnostic] { handed.flatMap { pageDiagnostics[$0.path] ?? [] } }
    /// The fingerprint of every page, by site path (empty when nothing was fingerprinted).
    let fingerprints: [String: String]
    /// The diagnostics of each page that had any, by site path: a page's cache record keeps
    /// them (`RecordedWarnings`).
    let pageDiagnostics: [String: [Diagnostic]]
    /// How many pages were taken from the previous build instead of rendered.
    let reused: Int
    /// The pages whose sources were the previous build's (`RenderedPage.takenBySources`).
    let takenBySources: Set<String>

    /// Every file of the plan with its bytes, in plan order (empty when they were written out).
    public var files: [RenderedFile] { handed.compactMap(\.kept) }
}

/// A bug or an I/O failure in building the site (content problems are `Diagnostic`s).
public struct SiteError: Error, Sendable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
