import DossierAnalysis
import DossierModel
import DossierOutput

/// A rendered site: its plan, its files (when kept in memory) and every diagnostic of the pipeline.
public struct RenderedSite: Sendable {
    public let plan: SitePlan
    /// Every file of the site with its bytes; empty for a build, which writes them out as
    /// they are rendered.
    public let files: [RenderedFile]
    /// The number of files rendered.
    public let fileCount: Int
    /// The analyzer's results the pages were built from.
    public let analysis: AnalyzedDossier
    public var diagnostics: [Diagnostic]
    /// The parts of its search index (`SearchIndexLayout`), the main one first; empty when it
    /// gets none.
    public internal(set) var searchParts: [SearchIndexPart] = []

    /// The number of HTML pages.
    public var pageCount: Int { plan.pages.count }

    /// A site of `files` rendered from `plan` and `analysis`.
    public init(plan: SitePlan, files: [RenderedFile], analysis: AnalyzedDossier, diagnostics: [Diagnostic]) {
        self.init(plan: plan, files: files, fileCount: files.count, analysis: analysis, diagnostics: diagnostics)
    }

    /// A site of `fileCount` files, of which `files` are kept in memory.
    init(plan: SitePlan, files: [RenderedFile], fileCount: Int, analysis: AnalyzedDossier, diagnostics: [Diagnostic]) {
        self.plan = plan
        self.files = files
        self.fileCount = fileCount
        self.analysis = analysis
        self.diagnostics = diagnostics
    }
}

/// What a build or check did, for the CLI's summary and exit status.
public struct BuildReport: Sendable {
    public let diagnostics: [Diagnostic]
    public let pageCount: Int
    public let fileCount: Int
    /// True when the output folder was written.
    public let wroteOutput: Bool
    /// True when the build failed: errors, or warnings under `--strict`.
    public let failed: Bool
    public let duration: Duration
    /// How long each stage took, in the order they ran.
    public internal(set) var stages: [StageTiming] = []
    /// What the writer did; nil when nothing was written.
    public internal(set) var writeSummary: WriteSummary?
    /// Which parts of the search index were made and which kept from the previous build; nil
    /// when no index was made (none, or the output was kept as it was).
    public internal(set) var searchIndex: PartedSearchIndex.Outcome?
    /// Pages taken from the previous build because nothing they show changed.
    public internal(set) var reusedPages = 0
    /// The site paths of the pages known unchanged by their sources alone, without their
    /// model (`ArticlePageSources`, `LandingPageSources`).
    public internal(set) var pagesTakenBySources: Set<String> = []
    /// Things the user may want to know that are not about the content (an unusable build cache).
    public internal(set) var notes: [String] = []

    init(site: RenderedSite, wroteOutput: Bool, strict: Bool, duration: Duration) {
        diagnostics = site.diagnostics
        pageCount = site.pageCount
        fileCount = site.fileCount
        self.wroteOutput = wroteOutput
        failed = site.diagnostics.hasErrors || (strict && site.diagnostics.hasWarnings)
        self.duration = duration
    }
}
