import DossierAnalysis
import DossierLoader
import DossierModel
import DossierOutput
import DossierRenderer
import Foundation

/// The pipeline: load → analyze → plan → render → check links → write. `dossier build` and
/// `dossier check` are this type with and without the writer.
public struct SiteBuilder: Sendable {
    public let sourceFolder: String
    /// The templates folder given on the command line (`--templates`); nil reads the dossier's
    /// own `Templates/` when it has one, and otherwise the set built into the binary.
    public let templatesFolder: String?
    /// Under `strict`, warnings fail the build like errors.
    public let strict: Bool
    /// Runs Pagefind over the written site (before it is swapped in); nil builds no search index.
    public var searchIndexer: PagefindRunner?
    /// How the search index is made in parts (tests ask for small parts).
    var searchLayout = SearchIndexLayout()
    /// Whether pages taken by their sources are checked (`RenderReuse.checksPagesTakenBySources`):
    /// tests build as release builds do, too.
    var checksPagesTakenBySources = RenderReuse.isDebugBuild
    /// Ignores the build cache: every page is rendered and every file written anew (`--clean`).
    public var clean = false
    /// Builds into a non-empty folder that dossier did not write (`--force`): its own files are
    /// kept, and those at the site's paths replaced.
    public var force = false

    public init(sourceFolder: String, templatesFolder: String? = nil, strict: Bool = false) {
        self.sourceFolder = sourceFolder
        self.templatesFolder = templatesFolder
        self.strict = strict
    }

    /// The name of the folder in a dossier that overrides the built-in templates.
    public static let ownTemplatesFolder = OwnTemplatesFolder.name

    /// The folder the templates are read from: `templatesFolder` when given, else the dossier's
    /// own `Templates/` when it has one; nil when the templates built into the binary are used.
    public var templatesFolderInUse: String? {
        if let templatesFolder { return templatesFolder }
        let own = sourceFolder + "/" + Self.ownTemplatesFolder
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: own, isDirectory: &isDirectory), isDirectory.boolValue else {
            return nil
        }
        return own
    }

    /// Builds the site into `outputFolder`; the folder is replaced only when the build succeeds,
    /// and only files that dossier wrote are replaced or deleted. Throws for I/O failures, bad
    /// templates and an output that must not be written; content problems are in the report.
    public func build(outputFolder: String, recorder: StageRecorder = StageRecorder()) async throws -> BuildReport {
        let clock = ContinuousClock()
        let start = clock.now
        // A missing source is the cause to name, before anything about where the output goes.
        try DossierLoader.checkSourceFolder(sourceFolder)
        try BuildCache.checkFolder(in: sourceFolder)
        // The cache is read while the output's manifest is, and the templates are parsed; the
        // loader waits for the articles' part alone, the staging and the rendering for the rest.
        let (sourceFolder, clean) = (sourceFolder, clean)
        let sourceRoot = DossierLoader.displayRoot(of: sourceFolder)
        let generator = Fingerprint.generator()
        let reading = clean ? nil : BuildCache.Reading(sourceFolder: sourceFolder, generator: generator)
        let output = try OutputFolder(path: outputFolder, protecting: protectedFolders, force: force)
        async let templates = loadTemplates()
        // Looked up once: finding the indexer may start `python3`.
        let indexer = searchIndexer?.locate()
        let command = try? indexer?.get()
        let indexed = command != nil
        let earlier = EarlierBuild(reading: reading, generator: generator, output: output)
        // The analysis' parts are written while the site is rendered, and put in place only if
        // the build succeeds.
        let analysisParts = AnalysisPartsWriter(sourceFolder: sourceFolder, over: { earlier.onDisk })
        defer { analysisParts.discard() }
        // The new site is written into a staging folder as it is rendered (and dropped from
        // memory); it replaces the output only if the build succeeds. The folder is made ready
        // while the sources are read.
        let rendered = try await renderSite(
            templates: templates, articleCache: reading?.articles ?? [:],
            previousBuild: (
                analysis: { earlier.takeAnalysis() },
                reuse: {
                    RenderReuse(
                        pages: earlier.cache.pages, previous: earlier.previousSite, generator: generator,
                        sourceRoot: sourceRoot, checksPagesTakenBySources: checksPagesTakenBySources)
                }
            ),
            openStaging: { [self] in try stage(into: output, previous: earlier.cache.output, indexed: indexed) },
            searchLayout: indexed ? searchLayout : nil, searchData: indexed,
            analysed: { articles, analysis in
                analysisParts.start(BuildCache(generator: generator, articles: articles, analysis: analysis))
            }, recorder: recorder)
        var cache = earlier.cache
        var cacheNote = earlier.note
        let onDisk = earlier.onDisk
        guard let (staging, opening) = rendered.staging else { throw SiteError("the staging folder was not opened") }
        var site = rendered.site
        site.diagnostics += Self.searchPreflight(indexer)
        let failed = site.diagnostics.hasErrors || (strict && site.diagnostics.hasWarnings)
        var written: WriteResult?
        var searchIndex: PartedSearchIndex.Outcome?
        if failed {
            staging.discard()
        } else {
            cache.generator = generator
            // The pages' records are encoded while the site is finished, on a thread of their
            // own; the output's record, their part's head, is known once it is.
            let pages = Self.pageRecords(
                rendered.fingerprints, links: rendered.links, staged: rendered.staged,
                diagnostics: rendered.pageDiagnostics, sourceRoot: sourceRoot)
            let (finished, records) = inParallel(
                {
                    Result {
                        try finishIndexed(
                            rendered.staged, in: staging, indexer: command, searchParts: rendered.site.searchParts,
                            outputPath: output.path, opening: opening, recorder: recorder)
                    }
                }, { BuildCache.pageRecords(pages, in: sourceFolder, over: onDisk) })
            let (result, outcome) = try finished.get()
            written = result
            searchIndex = outcome
            cache.output = result.record
            cache.pages = pages
            let analysisNote = analysisParts.commit()
            let pagesNote = cache.writePages(records: records, in: sourceFolder, over: onDisk)
            cacheNote = analysisNote ?? pagesNote ?? cacheNote
        }
        var report = BuildReport(site: site, wroteOutput: !failed, strict: strict, duration: clock.now - start)
        report.stages = recorder.timings
        report.writeSummary = written?.summary
        report.searchIndex = searchIndex
        report.reusedPages = rendered.reused
        report.pagesTakenBySources = rendered.takenBySources
        report.notes = cacheNote.map { [$0] } ?? []
        // Freeing the caches and the rendering, object by object, took a tenth of a rebuild of
        // 10,000 articles; the report (which shares the analysis) is all the caller needs.
        releaseInBackground((Self.taken(&cache), consume earlier, consume rendered))
        return report
    }

    /// `cache`'s contents, leaving it empty: how a `var` the compiler cannot `consume` hands
    /// its last copy over.
    private static func taken(_ cache: inout BuildCache) -> BuildCache {
        var contents = BuildCache()
        swap(&contents, &cache)
        return contents
    }

    /// Runs the whole pipeline without writing, and checks the links of the pages, which it
    /// lets go once scanned.
    public func check(recorder: StageRecorder = StageRecorder()) async throws -> BuildReport {
        let clock = ContinuousClock()
        let start = clock.now
        let site = try await renderSite(keepingFiles: false, recorder: recorder)
        var report = BuildReport(site: site, wroteOutput: false, strict: strict, duration: clock.now - start)
        report.stages = recorder.timings
        return report
    }

    /// Loads the source folder and renders every file of the site in memory, keeping the files
    /// (`RenderedSite.files`) unless `keepingFiles` is false: then each page is let go once its
    /// links are scanned, and the site holds the plan, the analysis and the diagnostics.
    public func renderSite(keepingFiles: Bool = true, recorder: StageRecorder = StageRecorder()) async throws
        -> RenderedSite
    {
        try await renderSite(
            templates: loadTemplates(), articleCache: [:], previousBuild: nil,
            openStaging: nil, keepingFiles: keepingFiles, searchLayout: nil, searchData: true, analysed: nil,
            recorder: recorder
        ).site
    }

    /// What `renderSite` made, with what the next build needs to know.
    private struct Rendering {
        let site: RenderedSite
        /// The fingerprint of every page, by site path.
        let fingerprints: [String: String]
        /// The diagnostics of each page that had any, by site path.
        let pageDiagnostics: [String: [Diagnostic]]
        /// The ids and links of every page, by site path.
        let links: [String: PageLinks]
        /// Every file as put in the staging folder, in site order (empty without one).
        let staged: [StagedFile]
        /// How many pages were read back from the previous build.
        let reused: Int
        /// The pages whose sources were the previous build's.
        let takenBySources: Set<String>
        /// The staging folder the site was written into (nil: it was kept in memory).
        let staging: OpenedStaging?
    }

    /// Loads the source folder (reusing `articleCache`'s unchanged articles), analyses it
    /// (reusing the unchanged articles of the analysis `previousBuild` gives when the analysis
    /// starts, which nothing else holds, so that it is let go of when the analysis ends) and
    /// renders every file with `templates` (reusing unchanged pages through the `RenderReuse`
    /// it gives once the sources are read) into the staging folder `openStaging` opens while
    /// the sources are read, or without it in memory (or nowhere, unless `keepingFiles`); `searchLayout` is how the site's search
    /// index is made in parts (nil: it gets none), `searchData` whether its pages carry their search data. `analysed`
    /// is handed the articles as read and what the analysis found for the next build's cache
    /// (nil without a `RenderReuse`) as soon as it is known.
    private func renderSite(
        templates: TemplateSet, articleCache: [String: CachedArticle],
        previousBuild: (analysis: @Sendable () -> AnalysisCache?, reuse: @Sendable () -> RenderReuse)?,
        openStaging: (@Sendable () throws -> OpenedStaging)?, keepingFiles: Bool = true,
        searchLayout: SearchIndexLayout?, searchData: Bool,
        analysed: (@Sendable ([String: CachedArticle], AnalysisCache?) -> Void)?, recorder: StageRecorder
    ) async throws -> Rendering {
        let (sourceFolder, loading) = (sourceFolder, recorder)
        // On a thread of its own (`inParallel`), not as a task: a task blocked in the file
        // system holds one of the few threads every task shares.
        let (read, opened) = inParallel(
            {
                Result {
                    try loading.time(.load) {
                        try DossierLoader.load(sourceFolder: sourceFolder, articleCache: articleCache)
                    }
                }
            }, { openStaging.map { open in Result { try open() } } })
        let staging = try opened?.get()
        let (loaded, articles) = try read.get()
        let reuse = previousBuild?.reuse()
        let handAnalysis: (@Sendable (AnalysisCache?) -> Void)? = analysed.map { hand in
            { @Sendable analysis in hand(articles, analysis) }
        }
        var rendering = try await Self.render(
            dossier: loaded.dossier, sourceFolder: sourceFolder, templates: templates, reuse: reuse,
            previousAnalysis: previousBuild?.analysis, readings: Self.readingKeys(of: articles),
            destination: staging.map { .staging($0.staging) } ?? (keepingFiles ? .memory : .nowhere),
            searchLayout: searchLayout, searchData: searchData, analysed: handAnalysis,
            recorder: recorder)
        rendering.site.diagnostics = Self.sortedUnique(loaded.diagnostics + rendering.site.diagnostics)
        return Rendering(
            site: rendering.site, fingerprints: rendering.fingerprints,
            pageDiagnostics: rendering.pageDiagnostics, links: rendering.links,
            staged: rendering.staged,
            reused: rendering.reused, takenBySources: rendering.takenBySources, staging: staging)
    }

    /// Analyses, plans and renders `dossier` (read from `sourceFolder`) with `templates` in
    /// memory, and checks its links: the pipeline after loading.
    public static func render(dossier: Dossier, sourceFolder: String, templates: TemplateSet) async throws
        -> RenderedSite
    {
        try await render(
            dossier: dossier, sourceFolder: sourceFolder, templates: templates, reuse: nil, previousAnalysis: nil,
            readings: [:], destination: .memory, searchLayout: nil, searchData: true, analysed: nil,
            recorder: StageRecorder()
        ).site
    }

    /// The key each article was read under (`CachedArticle.key`: its bytes, its sidecar's, the
    /// folder and the limits), by id, from the loader's cache of `articles`: with the binary,
    /// which salts every fingerprint, it fixes the article as read.
    private static func readingKeys(of articles: [String: CachedArticle]) -> [String: String] {
        Dictionary(articles.values.map { ($0.article.id, $0.key) }, uniquingKeysWith: { first, _ in first })
    }

    /// The pipeline after loading: `previousAnalysis` gives the previous build's analysis when
    /// the analysis starts (nil: there is none), which only the analysis holds;
    /// `readings` are the articles' reading keys (`readingKeys(of:)`);
    /// `destination` is where the pages go once scanned (`FileOutlet.Destination`);
    /// `searchLayout` how the site's search index is made (nil: none), `searchData` whether its pages carry
    /// their search data; `analysed` is handed what the analysis found for the next build's
    /// cache as soon as it is known.
    private static func render(
        dossier: Dossier, sourceFolder: String, templates: TemplateSet, reuse: RenderReuse?,
        previousAnalysis: (() -> AnalysisCache?)?, readings: [String: String], destination: FileOutlet.Destination,
        searchLayout: SearchIndexLayout?, searchData: Bool, analysed: (@Sendable (AnalysisCache?) -> Void)?,
        recorder: StageRecorder
    ) async throws -> (
        site: RenderedSite, fingerprints: [String: String], pageDiagnostics: [String: [Diagnostic]],
        links: [String: PageLinks],
        staged: [StagedFile], reused: Int, takenBySources: Set<String>
    ) {
        let (analysis, analysisDiagnostics, analysisCache) = recorder.time(.analyze) {
            DossierAnalyzer.analyze(
                dossier, generator: reuse?.generator, previousAnalysis: previousAnalysis?(), searchTerms: searchData)
        }
        analysed?(analysisCache)
        let (index, plan, planDiagnostics) = recorder.time(.plan) {
            let index = SiteIndex(analysis: analysis)
            let (plan, diagnostics) = SitePlanner.plan(
                index: index, sourceFolder: sourceFolder, assets: templates.assets)
            return (index, plan, diagnostics)
        }
        // Made once: the search page names the parts, and the indexer makes them.
        let searchParts = searchLayout.map { $0.parts(of: plan) } ?? []
        let checker = LinkChecker(
            displayRoot: LinkChecker.siteRoot, failed: dossier.failed,
            pageSources: PageSources.map(plan: plan, dossier: dossier, sourceFolder: sourceFolder),
            fragmentLinks: analysis.fragmentLinks)
        let outlet = FileOutlet(destination: destination, checker: checker)
        // Rendering includes writing the pages into the staging folder and scanning their links.
        let pages = try await recorder.time(.render) {
            var renderer = SiteRenderer(templates: templates)
            renderer.searchIndexed = searchLayout != nil
            renderer.searchIndexParts = searchParts.dropFirst().map(\.folder)
            renderer.searchData = searchData
            return try await renderer.render(
                plan: plan, index: index, reuse: reuse, outlet: outlet,
                keys: analysisCache.map { AnalysisKeys($0, readings: readings) } ?? AnalysisKeys())
        }
        let (files, linkDiagnostics, links) = try recorder.time(.render) {
            let files =
                try pages.handed
                + HostFilesBuilder.files(analysis: analysis, plan: plan).map {
                    try outlet.take($0)
                }
            let paths = Set(files.map(\.path))
            let scanned = files.compactMap(\.scanned)
            let (diagnostics, links) = checker.check(
                paths, scanned: scanned,
                skippingRecorded: reuse?.recordedLinksStillResolve(in: paths, pages: scanned) ?? false)
            return (files, diagnostics, links)
        }
        let diagnostics =
            templates.warnings + analysisDiagnostics + planDiagnostics + pages.diagnostics + linkDiagnostics
        var site = RenderedSite(
            plan: plan, files: files.compactMap(\.kept), fileCount: files.count, analysis: analysis,
            diagnostics: sortedUnique(diagnostics))
        site.searchParts = searchParts
        return (
            site, pages.fingerprints, pages.pageDiagnostics, links, files.compactMap(\.staged), pages.reused,
            pages.takenBySources
        )
    }

    /// The cache's record of each page (and data file): its fingerprint, the hash of the bytes
    /// staged for it, its links (none for a data file) and its `diagnostics`, kept relative to
    /// the source folder shown as `sourceRoot` (`RecordedWarnings`; a page with one elsewhere
    /// is not recorded).
    private static func pageRecords(
        _ fingerprints: [String: String], links: [String: PageLinks], staged: [StagedFile],
        diagnostics: [String: [Diagnostic]], sourceRoot: String
    ) -> [String: BuildCache.PageRecord] {
        var sha256s: [String: String] = [:]
        sha256s.reserveCapacity(staged.count)
        for file in staged { sha256s[file.path] = file.sha256 }
        var pages: [String: BuildCache.PageRecord] = [:]
        for (path, fingerprint) in fingerprints {
            guard let sha256 = sha256s[path],
                let warnings = RecordedWarnings.recorded(diagnostics[path] ?? [], root: sourceRoot)
            else { continue }
            pages[path] = BuildCache.PageRecord(
                fingerprint: fingerprint, sha256: sha256, links: links[path] ?? PageLinks(ids: [], links: []),
                warnings: warnings)
        }
        return pages
    }

    /// Diagnostics each once (a Markdown text rendered on two pages reports once), in order:
    /// those without a place, then source files by file, line and column, then built pages
    /// (`<site>/…`), which mostly follow from a source; consequences of a file that failed to
    /// load are summarised at its error (`summarisingFollowOns`).
    static func sortedUnique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        let unique = diagnostics.filter { seen.insert($0).inserted }
        let builtPrefix = LinkChecker.siteRoot + "/"
        return unique.enumerated().sorted { lhs, rhs in
            let left = lhs.element.location
            let right = rhs.element.location
            switch (left, right) {
            case let (left?, right?) where left != right:
                let leftBuilt = left.path.hasPrefix(builtPrefix)
                if leftBuilt != right.path.hasPrefix(builtPrefix) { return !leftBuilt }
                if left.path != right.path { return left.path < right.path }
                if left.line != right.line { return left.line < right.line }
                return left.column < right.column
            case (nil, .some): return true
            case (.some, nil): return false
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element).summarisingFollowOns()
    }
}
