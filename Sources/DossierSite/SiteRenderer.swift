import DossierModel
import DossierRenderer

/// Renders every planned page (in parallel; output order is the plan's) and passes copies through.
public struct SiteRenderer: Sendable {
    public let renderer: PageRenderer
    public let strings: UIStrings

    public init(templates: TemplateSet, strings: UIStrings = .arabic) {
        self.renderer = PageRenderer(templates: templates)
        self.strings = strings
    }

    /// Every file of `plan`, in plan order, and the diagnostics found while rendering.
    public func render(plan: SitePlan, index: SiteIndex) async throws -> (
        files: [RenderedFile], diagnostics: [Diagnostic]
    ) {
        let results = try await withThrowingTaskGroup(of: (Int, RenderedFile, [Diagnostic]).self) { group in
            for (position, file) in plan.files.enumerated() {
                group.addTask {
                    let (rendered, diagnostics) = try self.render(file, plan: plan, index: index)
                    return (position, rendered, diagnostics)
                }
            }
            var collected: [(Int, RenderedFile, [Diagnostic])] = []
            collected.reserveCapacity(plan.files.count)
            for try await result in group { collected.append(result) }
            return collected.sorted { $0.0 < $1.0 }
        }
        return (results.map(\.1), results.flatMap(\.2))
    }

    private func render(_ file: PlannedFile, plan: SitePlan, index: SiteIndex) throws -> (RenderedFile, [Diagnostic]) {
        switch file.content {
        case .copy(let source):
            return (RenderedFile(path: file.path, content: .copy(from: source)), [])
        case .page(let route):
            let context = PageContext(route: route, plan: plan, index: index, strings: strings)
            let (html, diagnostics) = try renderPage(route, context: context)
            return (RenderedFile(path: file.path, content: .bytes(Array(html.utf8))), diagnostics)
        case .data(let route):
            return (RenderedFile(path: file.path, content: .bytes(DataFiles.bytes(of: route, index: index))), [])
        }
    }

    /// One page kind, one case: build its model, render it in the layout.
    private func renderPage(_ route: Route, context: PageContext) throws -> (String, [Diagnostic]) {
        switch route {
        case .home:
            let (page, diagnostics) = HomePageBuilder.page(context: context)
            return (try renderer.render(page, layout: context.layout(title: nil, description: nil)), diagnostics)
        case .article(let id):
            guard let article = context.index.articles[id] else {
                throw SiteError("no article \(id) for a planned page")
            }
            let page = ArticlePageBuilder.page(for: article, context: context)
            let layout = context.layout(title: article.title, description: ArticlePageBuilder.description(of: article))
            return (try renderer.render(page, layout: layout), [])
        default:
            if let extra = try renderExtraPage(route, context: context) { return extra }
            if let commentary = try renderCommentaryPage(route, context: context) { return commentary }
            throw SiteError("no page builder for \(route)")
        }
    }
}

/// A bug or an I/O failure in building the site (content problems are `Diagnostic`s).
public struct SiteError: Error, Sendable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
