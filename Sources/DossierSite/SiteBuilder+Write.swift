import DossierModel
import DossierOutput
import Foundation

/// A staging folder as `SiteBuilder.stage` opened it, and how long that took (which counts as
/// writing).
typealias OpenedStaging = (staging: SiteStaging, opening: Duration)

extension SiteBuilder {
    /// A warning (an error under `--strict`, through the usual rule) when search indexing is
    /// on but `indexer` (the search indexer as looked up) was not found: the site is still
    /// written, without a search index. An indexer found with settings it cannot run with (a
    /// bad timeout) is an error.
    static func searchPreflight(_ indexer: Result<PagefindRunner.Command, Diagnostic>?) -> [Diagnostic] {
        guard case .failure(let problem) = indexer else { return [] }
        return [problem.code == .searchIndexerMissing ? warning(from: problem) : problem]
    }

    /// Opens the staging folder that the site is written into as it is rendered (taking the
    /// output's lock), with a place for the search index when `indexed`; returns how long that
    /// took, which counts as writing.
    func stage(into output: OutputFolder, previous: WriteRecord?, indexed: Bool) throws -> OpenedStaging {
        var writer = SiteWriter(output: output)
        writer.previousRecord = previous
        writer.rewriteAll = clean
        // Only an indexer that can run makes an index folder (see `searchPreflight`).
        if indexed { writer.indexFolder = PagefindRunner.indexFolder }
        let clock = ContinuousClock()
        let start = clock.now
        let staging = try writer.stage()
        return (staging, clock.now - start)
    }

    /// Completes the site of `files` in `staging`, indexing it for search with `indexer` (nil:
    /// no index) in the parts `searchParts` (`SearchIndexLayout`), before the swap, so the index
    /// is part of the same atomic output; the parts whose pages read the same to the indexer as
    /// in the live output's index are taken from it (`PartedSearchIndex`). Returns what was
    /// written and what the indexing did. An indexer that fails, or exits without writing its
    /// index, fails the build and the output (`outputPath`) is left as it was: the new search
    /// page would say search works. The write stage is this and `opening` the staging folder
    /// (the pages were written while rendering).
    func finishIndexed(
        _ files: [StagedFile], in staging: SiteStaging, indexer: PagefindRunner.Command?,
        searchParts: [SearchIndexPart], outputPath: String, opening: Duration, recorder: StageRecorder
    ) throws -> (written: WriteResult, indexed: PartedSearchIndex.Outcome?) {
        recorder.starting(.write)
        var indexing = Duration.zero
        var outcome: PartedSearchIndex.Outcome?
        let clock = ContinuousClock()
        let start = clock.now
        let result = try staging.finish(files) { folder in
            guard let indexer else { return }
            recorder.starting(.index)
            let indexStart = clock.now
            defer { indexing += clock.now - indexStart }
            let index = PartedSearchIndex(
                command: indexer, site: folder, indexFolder: PagefindRunner.indexFolder,
                previous: staging.previousIndex, scratch: { try staging.scratchFolder() })
            do {
                outcome = try index.make(searchParts)
            } catch var problem as Diagnostic {
                problem.fix =
                    "the site was left as it was; "
                    + (problem.fix ?? Self.indexByHand(indexer, outputPath, glob: SearchScope.glob(of: searchParts)))
                throw problem
            }
        }
        recorder.add(.write, opening + (clock.now - start) - indexing)
        if searchIndexer != nil { recorder.add(.index, indexing) }
        return (result, outcome)
    }

    /// How to see why `indexer` failed on the site at `outputPath`, reading the pages `glob`
    /// matches (quoted for the shell: it has braces and stars).
    private static func indexByHand(_ indexer: PagefindRunner.Command, _ outputPath: String, glob: String?) -> String {
        let arguments = PagefindRunner.arguments(siteFolder: outputPath, glob: glob.map { "'\($0)'" })
        let byHand = ([indexer.executable] + indexer.leadingArguments + arguments).joined(separator: " ")
        return "run `\(byHand)` after a build with `--no-search` to see Pagefind's full output, "
            + "or build with `--no-search` to publish the site without search"
    }

    private static func warning(from problem: Diagnostic) -> Diagnostic {
        var warning = problem
        warning.severity = .warning
        return warning
    }
}
