import DossierModel
import DossierOutput
import Foundation

extension SiteBuilder {
    /// A warning (an error under `--strict`, through the usual rule) when search indexing is
    /// on but no indexer can be found: the site is still written, without a search index.
    func searchPreflight() -> [Diagnostic] {
        guard let searchIndexer else { return [] }
        guard case .failure(let problem) = searchIndexer.locate() else { return [] }
        return [Self.warning(from: problem)]
    }

    /// Whether the build writes a search index: search is on and an indexer can run.
    var buildsSearchIndex: Bool {
        guard let searchIndexer, case .success = searchIndexer.locate() else { return false }
        return true
    }

    /// Opens the staging folder that the site is written into as it is rendered (taking the
    /// output's lock), and returns how long that took, which counts as writing.
    func stage(into output: OutputFolder, previous: WriteRecord?) throws -> (SiteStaging, Duration) {
        var writer = SiteWriter(output: output)
        writer.previousRecord = previous
        writer.rewriteAll = clean
        // Only an indexer that can run makes an index folder (see `searchPreflight`).
        if buildsSearchIndex { writer.indexFolder = PagefindRunner.indexFolder }
        let clock = ContinuousClock()
        let start = clock.now
        let staging = try writer.stage()
        return (staging, clock.now - start)
    }

    /// Completes the site of `files` in `staging`, indexing it for search before the swap, so
    /// the index is part of the same atomic output. Returns what was written and the indexer's
    /// problems as warnings; under `strict` a failed indexer aborts the write. The write stage
    /// is this and `opening` the staging folder (the pages were written while rendering).
    func finishIndexed(
        _ files: [StagedFile], in staging: SiteStaging, opening: Duration, recorder: StageRecorder
    ) throws -> (WriteResult, [Diagnostic]) {
        var late: [Diagnostic] = []
        var indexing = Duration.zero
        let clock = ContinuousClock()
        let start = clock.now
        let strict = strict
        let searchIndexer = searchIndexer
        let result = try staging.finish(files) { folder in
            guard let searchIndexer, case .success = searchIndexer.locate() else { return }
            let indexStart = clock.now
            defer { indexing += clock.now - indexStart }
            if case .failure(let problem) = searchIndexer.run(siteFolder: folder.path) {
                if strict { throw OutputError(problem.description) }
                late.append(Self.warning(from: problem))
            }
        }
        recorder.add(.write, opening + (clock.now - start) - indexing)
        if searchIndexer != nil { recorder.add(.index, indexing) }
        return (result, late)
    }

    private static func warning(from problem: Diagnostic) -> Diagnostic {
        var warning = problem
        warning.severity = .warning
        return warning
    }
}
