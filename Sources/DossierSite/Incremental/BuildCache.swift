import DossierLoader
import DossierOutput
import Foundation

/// What the last successful build of a source folder remembers for the next one, kept in the
/// source folder at `.dossier/build-cache.json` (hidden; `.dossier/` belongs in `.gitignore`),
/// never in or beside the output, so a site is never published with it.
///
/// It lets the next build skip re-reading unchanged articles, skip rendering pages whose
/// fingerprint is unchanged, and trust the output's files without reading them. It holds no
/// absolute paths. A missing cache means a full build; an unreadable, foreign or old one is
/// ignored with a note, never an error.
struct BuildCache: Sendable, Codable, Equatable {
    /// Bumped whenever the layout or meaning of the cache changes.
    static let currentVersion = 7
    /// The cache's folder inside the source folder.
    static let folderName = ".dossier"

    /// The page a build rendered, to reuse it while its inputs are the same.
    struct PageRecord: Sendable, Codable, Hashable {
        /// What the page's bytes depend on (see `PreparedPage`).
        let fingerprint: String
        /// The SHA-256 of the bytes rendered from it.
        let sha256: String
        /// Its ids and links, to check the links of the page without parsing it again.
        let links: PageLinks
    }

    var version = BuildCache.currentVersion
    /// The binary that wrote the cache (`Fingerprint.generator`): the articles it read are
    /// read again by another, whose reading may differ.
    var generator = ""
    /// Articles as the loader read them, by relative path.
    var articles: [String: CachedArticle] = [:]
    /// What the analysis found per article, and the comparison of the articles.
    var analysis: AnalysisCache?
    /// Every page written, by site path.
    var pages: [String: PageRecord] = [:]
    /// What the writer recorded about the output it wrote last.
    var output: WriteRecord?

    /// The cache file of `sourceFolder`.
    static func location(in sourceFolder: String) -> URL {
        URL(fileURLWithPath: sourceFolder).appendingPathComponent(folderName).appendingPathComponent(
            "build-cache.json")
    }

    /// The cache of `sourceFolder` (empty when there is none), and a note when one was there
    /// but could not be used.
    static func read(in sourceFolder: String) -> (cache: BuildCache, note: String?) {
        let url = location(in: sourceFolder)
        guard let data = FileManager.default.contents(atPath: url.path) else { return (BuildCache(), nil) }
        guard var cache = try? JSONDecoder().decode(BuildCache.self, from: data), cache.version == currentVersion
        else {
            return (
                BuildCache(), "the build cache \(url.path) is unreadable or from another version; building without it"
            )
        }
        // A missing or damaged comparison file only means comparing again.
        let comparison = url.deletingLastPathComponent().appendingPathComponent(ComparisonRecord.fileName)
        if let bytes = FileManager.default.contents(atPath: comparison.path) {
            cache.analysis?.comparison = ComparisonRecord(file: [UInt8](bytes))
        }
        return (cache, nil)
    }

    /// Writes the cache atomically; returns a note when it could not be written.
    func write(in sourceFolder: String) -> String? {
        let url = BuildCache.location(in: sourceFolder)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // Streamed: `JSONEncoder`'s tree of a large article's cache was the build's peak of memory.
            try Data(StreamingJSONEncoder.encode(self)).write(to: url, options: .atomic)
            if let comparison = analysis?.comparison, !comparison.isFromFile {
                try Data(comparison.encoded()).write(
                    to: url.deletingLastPathComponent().appendingPathComponent(ComparisonRecord.fileName),
                    options: .atomic)
            }
            return nil
        } catch {
            return
                "could not save the build cache \(url.path) (\(error.localizedDescription)); the next build starts afresh"
        }
    }
}
