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

    /// Writes `files` into `output`, indexing them for search in the staging folder before the
    /// swap, so the index is part of the same atomic output. Returns what was written and the
    /// indexer's problems as warnings; under `strict` a failed indexer aborts the write.
    func writeIndexed(
        _ files: [RenderedFile], to output: OutputFolder, previous: WriteRecord?, recorder: StageRecorder
    ) throws -> (WriteResult, [Diagnostic]) {
        var writer = SiteWriter(output: output)
        writer.previousRecord = previous
        writer.rewriteAll = clean
        // Only an indexer that can run makes an index folder (see `searchPreflight`).
        if let searchIndexer, case .success = searchIndexer.locate() { writer.indexFolder = PagefindRunner.indexFolder }
        var late: [Diagnostic] = []
        var indexing = Duration.zero
        let clock = ContinuousClock()
        let start = clock.now
        let strict = strict
        let searchIndexer = searchIndexer
        let result = try writer.write(files) { folder in
            guard let searchIndexer, case .success = searchIndexer.locate() else { return }
            let indexStart = clock.now
            defer { indexing += clock.now - indexStart }
            if case .failure(let problem) = searchIndexer.run(siteFolder: folder.path) {
                if strict { throw OutputError(problem.description) }
                late.append(Self.warning(from: problem))
            }
        }
        recorder.add(.write, clock.now - start - indexing)
        if searchIndexer != nil { recorder.add(.index, indexing) }
        return (result, late)
    }

    private static func warning(from problem: Diagnostic) -> Diagnostic {
        var warning = problem
        warning.severity = .warning
        return warning
    }
}
