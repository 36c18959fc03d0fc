import DossierModel
import Foundation

extension SiteBuilder {
    /// Where Pagefind is looked for first, relative to the working directory: the wrapper
    /// `scripts/install-deps.sh` writes (it runs the venv's `pagefind_bin`).
    static let bundledIndexer = ".tools/bin/pagefind"

    /// A warning (an error under `--strict`, through the usual rule) when search indexing is
    /// on but no indexer can be found: the site is still written, without a search index.
    func searchPreflight() -> [Diagnostic] {
        guard let searchIndexer else { return [] }
        guard case .failure(let problem) = searchIndexer.locate() else { return [] }
        return [Self.warning(from: problem)]
    }

    /// Writes `files` to `outputFolder`, indexing them for search in the temporary folder
    /// before the swap, so the index is part of the same atomic output. Returns the indexer's
    /// problems as warnings; under `strict` a failed indexer aborts the write.
    func writeIndexed(_ files: [RenderedFile], to outputFolder: String) throws -> [Diagnostic] {
        var late: [Diagnostic] = []
        let strict = strict
        try writeSite(files, to: outputFolder) { folder in
            guard let searchIndexer, case .success = searchIndexer.locate() else { return }
            if case .failure(let problem) = searchIndexer.run(siteFolder: folder.path) {
                if strict { throw SiteError(problem.description) }
                late.append(Self.warning(from: problem))
            }
        }
        return late
    }

    private static func warning(from problem: Diagnostic) -> Diagnostic {
        var warning = problem
        warning.severity = .warning
        return warning
    }
}
