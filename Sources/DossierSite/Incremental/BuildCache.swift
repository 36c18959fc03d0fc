import DossierAnalysis
import DossierLoader
import DossierModel
import DossierOutput
import Foundation

/// What the last successful build of a source folder remembers for the next one, kept in the
/// source folder under `.dossier/` (hidden; it belongs in `.gitignore`), never in or beside the
/// output, so a site is never published with it.
///
/// It lets the next build skip re-reading unchanged articles, skip rendering pages whose
/// fingerprint is unchanged, and trust the output's files without reading them. It holds no
/// absolute paths. A missing cache means a full build; an unreadable, foreign or old one is
/// ignored with a note, never an error.
///
/// It is kept in binary files of records (`CacheRecords`), read on every core and each written
/// only when what it holds changed (an edited note leaves the articles' files as they are),
/// copying the records of unchanged entries: the articles as read (`articles-00.bin` to
/// `articles-3f.bin`) and each article's scan (`analysis-00.bin`…), both in shards
/// (`ShardedPart`) so that adding an article writes one file of each, `pages.bin` (each page's
/// record, and the output's in its head), and the comparison's own file (`ComparisonRecord`).
/// Each file is written atomically and checked on its own: its entries are validated against
/// what they were made from, so files of two different builds (a build killed between two
/// writes) never mislead the next.
struct BuildCache: Sendable, Equatable {
    /// Bumped whenever the layout or meaning of the cache changes.
    static let currentVersion = 16
    /// The cache's folder inside the source folder.
    static let folderName = ".dossier"
    /// The files of earlier versions, removed when the cache is next written: the single file
    /// of versions 7 and before, the JSON parts of version 8, and the unsharded parts of
    /// versions 9 to 12.
    private static let legacyFileNames = [
        "build-cache.json", "articles.json", "analysis.json", "pages.json", "articles.bin", "analysis.bin",
    ]

    /// The page a build rendered, to reuse it while its inputs are the same.
    struct PageRecord: Sendable, Codable, Hashable {
        /// What the page's bytes depend on (see `PreparedPage`, and `ArticlePageInputs` for an
        /// article page).
        let fingerprint: String
        /// The SHA-256 of the bytes rendered from it.
        let sha256: String
        /// Its ids and links, to check the links of the page without parsing it again.
        let links: PageLinks
        /// The warnings it gave when it was made, reported again when it is taken as it is
        /// (`RecordedWarnings`: paths relative to the source folder).
        var warnings: [Diagnostic] = []
    }

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

    /// The head of the articles' part, which has no header of its own.
    struct NoHeader: Codable, Sendable, Equatable {}

    /// The parts: the articles' and the analysis' in shards, the pages' in one file.
    enum Part {
        static let articles = ShardedPart(name: "articles")
        static let analysis = ShardedPart(name: "analysis")
        static let pages = "pages.bin"
    }

    /// The cache folder of `sourceFolder`.
    static func folder(in sourceFolder: String) -> URL {
        URL(fileURLWithPath: sourceFolder).appendingPathComponent(folderName)
    }

    /// Throws when the cache's place in `sourceFolder` holds something other than a folder: a
    /// symbolic link, which a dossier copied from elsewhere may carry aimed at any folder (a
    /// build would overwrite and delete the files there that are named as the cache's are), or
    /// a file. The cache is never read or written through it.
    static func checkFolder(in sourceFolder: String) throws {
        let path = folder(in: sourceFolder).path
        var info = stat()
        // Absent: the folder is made when the cache is first written.
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { return }
        let what = info.st_mode & S_IFMT == S_IFLNK ? "a symbolic link" : "not a folder"
        throw Diagnostic.error(
            .cacheNotFolder,
            "the build cache's place is \(what); dossier neither reads nor writes its cache through it",
            at: SourceLocation(path: (sourceFolder as NSString).appendingPathComponent(folderName)),
            fix: "Remove it (`rm \(path)`): the next build makes the cache's folder anew.")
    }

    /// Writes the files made by analysing the sources (articles, analysis, comparison) that
    /// differ from `previous`'s (every one when `previous` is nil) beside those they replace, and
    /// returns them, for `commit(_:in:)` to put in place once the build has succeeded
    /// (`AnalysisPartsWriter` writes them while the site is rendered: they do not depend on it).
    func writePendingAnalysis(in sourceFolder: String, over previous: BuildCache?) throws -> [PendingCachePart] {
        let folder = Self.folder(in: sourceFolder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var parts: [PendingCachePart] = []
        do {
            // Each shard is compared with its previous entries, and written only when they differ.
            parts += try Part.articles.pendingFiles(
                head: head(NoHeader()), entries: articles,
                previous: previous.map { ($0.head(NoHeader()), $0.articles) }, in: folder)
            parts += try Part.analysis.pendingFiles(
                head: head(analysis?.salt), entries: analysis?.entries ?? [:],
                previous: previous.map { ($0.head($0.analysis?.salt), $0.analysis?.entries ?? [:]) }, in: folder)
            if let comparison = analysis?.comparison, !comparison.isFromFile {
                parts.append(try PendingCachePart(ComparisonRecord.fileName, in: folder, bytes: comparison.encoded()))
            }
        } catch {
            PendingCachePart.discard(parts)
            throw error
        }
        return parts
    }

    /// Puts the pending `parts` in place and removes what killed builds left and the files of
    /// earlier versions; returns a note when the parts could not be put in place.
    static func commit(_ parts: [PendingCachePart], in sourceFolder: String) -> String? {
        let folder = folder(in: sourceFolder)
        defer {
            PendingCachePart.removeStrays(in: folder)
            for name in legacyFileNames { try? FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
        }
        do {
            try PendingCachePart.commit(parts)
            return nil
        } catch {
            return unsaved(in: folder, error)
        }
    }

    /// The records of the pages' part for `pages`, made before its head (the output's record)
    /// is known, so while the site is being finished: copied from the part on disk, which
    /// `previous` was read from, where a page's record is unchanged. Nil when no page's record
    /// changed: the part is then rewritten only if the output's record did (`writePages`).
    static func pageRecords(_ pages: [String: PageRecord], in sourceFolder: String, over previous: BuildCache?)
        -> Result<[[UInt8]], any Error>?
    {
        guard previous?.pages != pages else { return nil }
        return records(of: pages, in: sourceFolder, over: previous)
    }

    /// The records of the pages' part for `pages`, copied from the part on disk where unchanged.
    private static func records(of pages: [String: PageRecord], in sourceFolder: String, over previous: BuildCache?)
        -> Result<[[UInt8]], any Error>
    {
        let url = folder(in: sourceFolder).appendingPathComponent(Part.pages)
        let previousBytes = previous == nil ? nil : try? FileBytes.read(url.path, atMost: UnusablePart.largestPart)
        return Result {
            try CacheRecords.records(of: pages, previous: previous?.pages, previousBytes: previousBytes)
        }
    }

    /// Writes the pages' part (with the output's record) when it differs from `previous`'s (or
    /// when `previous` is nil), with the `records` `pageRecords` made from `pages` (made here
    /// when it made none); returns a note when it could not be written.
    func writePages(records: Result<[[UInt8]], any Error>?, in sourceFolder: String, over previous: BuildCache?)
        -> String?
    {
        writing(in: sourceFolder) { folder in
            guard previous?.pages != pages || previous?.output != output else { return }
            let made = records ?? Self.records(of: pages, in: sourceFolder, over: previous)
            let head = CacheRecords.Head(version: Self.currentVersion, generator: generator, header: output)
            let part = try PendingCachePart(
                Part.pages, in: folder, bytes: try CacheRecords.part(head: head, records: try made.get()))
            try PendingCachePart.commit([part])
        }
    }

    /// Runs `body` on the cache's folder, made if need be; a note when it threw.
    private func writing(in sourceFolder: String, _ body: (URL) throws -> Void) -> String? {
        let folder = BuildCache.folder(in: sourceFolder)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try body(folder)
            return nil
        } catch {
            return Self.unsaved(in: folder, error)
        }
    }

    /// The note that the cache in `folder` could not be saved, for `error`: its message alone,
    /// without the fix an `OutputError` gives on a line of its own (which the note showed
    /// escaped, `\u{A}  fix: …`, and which is about the output, not the cache).
    static func unsaved(in folder: URL, _ error: any Error) -> String {
        let reason = (error as? OutputError)?.message ?? FileErrorText(error)?.reason ?? "\(error)"
        return "could not save the build cache in \(folder.path) (\(reason)); the next build starts afresh"
    }

    /// The head of a part of this cache with `header`.
    private func head<Header: Codable & Sendable>(_ header: Header) -> CacheRecords.Head<Header> {
        CacheRecords.Head(version: Self.currentVersion, generator: generator, header: header)
    }
}

/// A page's record is written field by field, in the order its `Codable` form has them: the
/// cache holds one for every page of the site.
extension BuildCache.PageRecord: BinaryCodable {
    func encodeBinary(to sink: BinarySink) throws {
        sink.string(fingerprint)
        sink.string(sha256)
        try links.encodeBinary(to: sink)
        try sink.encodeArray(warnings)
    }

    static func decodeBinary(from source: BinarySource) throws -> BuildCache.PageRecord {
        BuildCache.PageRecord(
            fingerprint: try source.string(), sha256: try source.string(),
            links: try PageLinks.decodeBinary(from: source), warnings: try source.decodeArray(of: Diagnostic.self))
    }
}

/// A file's stamp is written field by field, in the order its `Codable` form has them: the
/// cache's record of the output holds one for every file of the site.
extension FileStamp: BinaryCodable {
    package func encodeBinary(to sink: BinarySink) throws {
        sink.primitive(size)
        sink.primitive(modified)
        sink.string(sha256)
    }

    package static func decodeBinary(from source: BinarySource) throws -> FileStamp {
        FileStamp(size: try Int.read(from: source), modified: try Int64.read(from: source), sha256: try source.string())
    }
}
