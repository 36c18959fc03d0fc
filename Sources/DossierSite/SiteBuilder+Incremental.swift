import DossierLoader
import DossierModel
import Foundation

extension SiteBuilder {
    /// Loads the source folder, reusing the articles the previous build into the same output
    /// read (when the build has a cache and they are unchanged).
    func loadSource() throws -> LoadResult {
        guard let recorder = StageRecorder.current else { return try DossierLoader.load(sourceFolder: sourceFolder) }
        let (result, articles) = try DossierLoader.load(
            sourceFolder: sourceFolder, articleCache: recorder.previous?.articles ?? [:])
        recorder.articleCache = articles
        return result
    }

    /// Writes `files` over the previous build (only what changed) or cleanly when there is no
    /// usable cache; `index` runs on the written folder (timed as the `index` stage) before the
    /// site is final. Saves the cache for the next build.
    func writeSite(_ files: [RenderedFile], to outputFolder: String, index: (URL) throws -> Void) throws {
        let recorder = StageRecorder.current
        let clock = ContinuousClock()
        let start = clock.now
        var indexing = Duration.zero
        let timedIndex: (URL) throws -> Void = { folder in
            let indexStart = clock.now
            defer { indexing += clock.now - indexStart }
            try index(folder)
        }
        var writer = IncrementalWriter(outputFolder: outputFolder, sourceFolder: sourceFolder)
        if searchIndexer != nil { writer.derivedFolder = PagefindRunner.indexFolder }
        let (summary, outputs, inputs) = try writer.write(files, cache: recorder?.previous, beforeSwap: timedIndex)
        recorder?.add(.write, clock.now - start - indexing)
        if searchIndexer != nil { recorder?.add(.index, indexing) }
        recorder?.writeSummary = summary
        let cache = BuildCache(
            outputFolder: URL(fileURLWithPath: outputFolder).standardizedFileURL.path,
            outputs: outputs, inputs: inputs, articles: recorder?.articleCache ?? [:],
            pages: recorder?.pageFingerprints ?? [:])
        try cache.write()
    }

    /// Runs `body` with a recorder for this build (the caller's, if it set one), reading the
    /// cache of `outputFolder` unless the build is clean.
    func recording<T>(outputFolder: String?, _ body: (StageRecorder) async throws -> T) async rethrows -> T {
        let recorder = StageRecorder.current ?? StageRecorder()
        if let outputFolder {
            recorder.writesOutput = true
            if !clean { recorder.previous = BuildCache.read(for: outputFolder) }
        }
        return try await StageRecorder.$current.withValue(recorder) { try await body(recorder) }
    }
}
