import DossierModel
import Foundation

/// Writes the build cache's parts that the analysis makes (the articles as read, each
/// article's scan, the comparison) while the site is rendered, beside the files they replace
/// (`PendingCachePart`): the build puts them in place when it succeeds (`commit`) and removes
/// them when it fails (`discard`).
///
/// Written once the site was, they were the serial tail of a build: the 280 MB of a
/// 10,000-article dossier took three seconds of one core after the last page was written. The
/// writing yields to the rendering (`BackgroundResult(yielding:)`): a rebuild renders for a
/// fraction of a second, and parts written beside it at the same priority take their time from
/// the rendering rather than from the idle moments of the build's end.
/// A class because the build hands it to the pipeline, which starts it once the analysis is
/// done, and then ends it; the lock guards the writing's handle.
final class AnalysisPartsWriter: @unchecked Sendable {
    private let sourceFolder: String
    private let previous: @Sendable () -> BuildCache?
    /// Whether the cache's folder was there before the build: a failed first build removes the
    /// one it made, so that it leaves the source folder as it found it.
    private let cacheFolderExisted: Bool
    private let lock = NSLock()
    private var writing: BackgroundResult<Result<[PendingCachePart], any Error>>?
    private var ended = false

    /// A writer for the cache of `sourceFolder`, whose parts on disk `previous` gives as read,
    /// once the writing starts (nil: they were not read, and every part is written).
    init(sourceFolder: String, over previous: @escaping @Sendable () -> BuildCache?) {
        self.sourceFolder = sourceFolder
        self.previous = previous
        cacheFolderExisted = FileManager.default.fileExists(atPath: BuildCache.folder(in: sourceFolder).path)
    }

    /// Starts writing the analysis' parts of `cache` on a thread of its own (once; later calls
    /// are ignored).
    func start(_ cache: BuildCache) {
        let (sourceFolder, previous) = (sourceFolder, previous)
        lock.withLock {
            guard writing == nil, !ended else { return }
            writing = BackgroundResult(yielding: true) {
                Result { try cache.writePendingAnalysis(in: sourceFolder, over: previous()) }
            }
        }
    }

    /// Puts the parts written in place, once they are; a note when they could not be written.
    func commit() -> String? {
        guard let result = end() else { return nil }
        switch result {
        case .success(let parts): return BuildCache.commit(parts, in: sourceFolder)
        case .failure(let error): return BuildCache.unsaved(in: BuildCache.folder(in: sourceFolder), error)
        }
    }

    /// Removes the parts written, once they are, unless they were committed, and the cache's
    /// folder when this build made it (`rmdir`: only ever an empty one).
    func discard() {
        guard let result = end() else { return }
        if case .success(let parts) = result { PendingCachePart.discard(parts) }
        if !cacheFolderExisted { rmdir(BuildCache.folder(in: sourceFolder).path) }
    }

    /// The writing's result, waited for, the first time the writer is ended; nil afterwards or
    /// when it never started.
    private func end() -> Result<[PendingCachePart], any Error>? {
        let writing = lock.withLock {
            defer { ended = true }
            return ended ? nil : self.writing
        }
        return writing?.value
    }
}
