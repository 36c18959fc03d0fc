import DossierLoader
import DossierModel
import DossierRenderer

/// The pipeline: load → analyze → plan → render → check links → write. `dossier build` and
/// `dossier check` are this type with and without the writer.
public struct SiteBuilder: Sendable {
    public let sourceFolder: String
    public let templatesFolder: String
    /// Under `strict`, warnings fail the build like errors.
    public let strict: Bool
    /// Runs Pagefind over the written site (before it is swapped in); nil builds no search index.
    public var searchIndexer: PagefindRunner?
    /// Ignores the build cache: every file is rendered and written anew (`--clean`).
    public var clean = false

    public init(sourceFolder: String, templatesFolder: String, strict: Bool = false) {
        self.sourceFolder = sourceFolder
        self.templatesFolder = templatesFolder
        self.strict = strict
    }

    /// Builds the site into `outputFolder`; the folder is replaced only when the build succeeds.
    /// Throws for I/O failures and bad templates; content problems are in the report.
    public func build(outputFolder: String) async throws -> BuildReport {
        try await recording(outputFolder: outputFolder) { recorder in
            let clock = ContinuousClock()
            let start = clock.now
            var site = try await renderSite()
            site.diagnostics += searchPreflight()
            let failed = site.diagnostics.hasErrors || (strict && site.diagnostics.hasWarnings)
            if !failed {
                site.diagnostics += try writeIndexed(site.files, to: outputFolder)
            }
            var report = BuildReport(site: site, wroteOutput: !failed, strict: strict, duration: clock.now - start)
            report.stages = recorder.timings
            report.writeSummary = recorder.writeSummary
            report.reusedPages = recorder.reusedPages
            return report
        }
    }

    /// Runs the whole pipeline without writing, and checks the links of the pages in memory.
    public func check() async throws -> BuildReport {
        try await recording(outputFolder: nil) { recorder in
            let clock = ContinuousClock()
            let start = clock.now
            let site = try await renderSite()
            var report = BuildReport(site: site, wroteOutput: false, strict: strict, duration: clock.now - start)
            report.stages = recorder.timings
            return report
        }
    }

    /// Loads the source folder and renders every file of the site in memory.
    public func renderSite() async throws -> RenderedSite {
        let templates = try await TemplateSet.load(directory: templatesFolder)
        let loaded = try StageRecorder.time(.load) { try loadSource() }
        var site = try await SiteBuilder.render(
            dossier: loaded.dossier, sourceFolder: sourceFolder, templates: templates)
        site.diagnostics = sorted(loaded.diagnostics + site.diagnostics)
        return site
    }

    /// Plans and renders `dossier` (read from `sourceFolder`) with `templates`, and checks its links.
    public static func render(dossier: Dossier, sourceFolder: String, templates: TemplateSet) async throws
        -> RenderedSite
    {
        let (analysis, analysisDiagnostics) = StageRecorder.time(.analyze) { DossierAnalyzer.analyze(dossier) }
        var site = try await render(analysis: analysis, sourceFolder: sourceFolder, templates: templates)
        site.diagnostics = sortedUnique(analysisDiagnostics + site.diagnostics)
        return site
    }

    /// Plans and renders an analyzed dossier (the analyzer's diagnostics are the caller's).
    public static func render(analysis: AnalyzedDossier, sourceFolder: String, templates: TemplateSet) async throws
        -> RenderedSite
    {
        let (plan, planDiagnostics) = StageRecorder.time(.plan) {
            SitePlanner.plan(
                analysis: analysis, sourceFolder: sourceFolder, templatesFolder: templates.directory,
                assets: templates.assets)
        }
        let (pageFiles, renderDiagnostics) = try await StageRecorder.time(.render) {
            try await SiteRenderer(templates: templates).render(plan: plan, index: SiteIndex(analysis: analysis))
        }
        let files = pageFiles + HostFilesBuilder.files(analysis: analysis, plan: plan)
        let linkDiagnostics = await StageRecorder.time(.render) {
            await LinkChecker(displayRoot: "<site>").checkConcurrently(files)
        }
        return RenderedSite(
            plan: plan, files: files, analysis: analysis,
            diagnostics: sortedUnique(planDiagnostics + renderDiagnostics + linkDiagnostics))
    }

    private func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] { SiteBuilder.sortedUnique(diagnostics) }

    /// Diagnostics in file order, each once (a Markdown text rendered on two pages reports once).
    static func sortedUnique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        let unique = diagnostics.filter { seen.insert($0).inserted }
        return unique.enumerated().sorted { lhs, rhs in
            let left = lhs.element.location
            let right = rhs.element.location
            switch (left, right) {
            case let (left?, right?) where left != right:
                if left.path != right.path { return left.path < right.path }
                if left.line != right.line { return left.line < right.line }
                return left.column < right.column
            case (nil, .some): return true
            case (.some, nil): return false
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}

/// A site rendered in memory: its plan, its files and every diagnostic of the pipeline.
public struct RenderedSite: Sendable {
    public let plan: SitePlan
    public let files: [RenderedFile]
    /// The analyzer's results the pages were built from.
    public let analysis: AnalyzedDossier
    public var diagnostics: [Diagnostic]

    /// The number of HTML pages.
    public var pageCount: Int { plan.pages.count }
}

/// What a build or check did, for the CLI's summary and exit status.
public struct BuildReport: Sendable {
    public let diagnostics: [Diagnostic]
    public let pageCount: Int
    public let fileCount: Int
    /// True when the output folder was replaced.
    public let wroteOutput: Bool
    /// True when the build failed: errors, or warnings under `--strict`.
    public let failed: Bool
    public let duration: Duration
    /// How long each stage took, in the order they ran.
    public internal(set) var stages: [StageTiming] = []
    /// What the writer did; nil when nothing was written.
    public internal(set) var writeSummary: WriteSummary?
    /// Pages taken from the previous build because nothing they show changed.
    public internal(set) var reusedPages = 0

    init(site: RenderedSite, wroteOutput: Bool, strict: Bool, duration: Duration) {
        diagnostics = site.diagnostics
        pageCount = site.pageCount
        fileCount = site.files.count
        self.wroteOutput = wroteOutput
        failed = site.diagnostics.hasErrors || (strict && site.diagnostics.hasWarnings)
        self.duration = duration
    }
}
