import DossierLoader
import Foundation

/// What the last successful build into an output folder wrote, kept beside the output in
/// `<parent>/.dossier-cache/<output name>.json` (never in the source folder).
///
/// It lets the next build skip re-reading unchanged articles, skip rendering pages whose
/// fingerprint is unchanged, and rewrite only the files whose bytes changed. A cache that is
/// missing, unreadable or from another version means a clean build.
struct BuildCache: Sendable, Codable {
    /// Bumped whenever the layout or meaning of the cache changes.
    static let currentVersion = 3

    var version = BuildCache.currentVersion
    /// The output folder this cache describes (standardised absolute path).
    var outputFolder: String
    /// Every file written, by site path: the stamp of the written file.
    var outputs: [String: FileStamp] = [:]
    /// Stamps of copied inputs (originals, assets), by absolute path.
    var inputs: [String: FileStamp] = [:]
    /// Articles as the loader read them, by relative path.
    var articles: [String: CachedArticle] = [:]
    /// The fingerprint of every page written, by site path (see `PreparedPage`).
    var pages: [String: String] = [:]

    /// The cache file of `outputFolder`.
    static func location(of outputFolder: String) -> URL {
        let output = URL(fileURLWithPath: outputFolder).standardizedFileURL
        return output.deletingLastPathComponent()
            .appendingPathComponent(".dossier-cache")
            .appendingPathComponent(output.lastPathComponent + ".json")
    }

    /// The cache of `outputFolder`, or nil when there is none usable.
    static func read(for outputFolder: String) -> BuildCache? {
        let output = URL(fileURLWithPath: outputFolder).standardizedFileURL.path
        guard let data = FileManager.default.contents(atPath: location(of: outputFolder).path),
            let cache = try? JSONDecoder().decode(BuildCache.self, from: data),
            cache.version == currentVersion, cache.outputFolder == output
        else { return nil }
        return cache
    }

    /// Writes the cache atomically.
    func write() throws {
        let url = BuildCache.location(of: outputFolder)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try JSONEncoder().encode(self).write(to: url, options: .atomic)
    }

    /// Removes the cache of `outputFolder`, so an interrupted write leads to a clean build.
    static func remove(for outputFolder: String) {
        try? FileManager.default.removeItem(at: location(of: outputFolder))
    }
}
