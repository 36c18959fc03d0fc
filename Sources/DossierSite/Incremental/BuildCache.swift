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
/// It is kept in three JSON files, read on every core and each written only when its part
/// changed (an edited note rewrites the pages' part alone): `articles.json` (articles as read),
/// `analysis.json` (each article's scan) and `pages.json` (each page's record and the output's),
/// plus the comparison's own binary file (`ComparisonRecord`). Each file is written atomically
/// and checked on its own: its entries are validated against what they were made from, so files
/// of two different builds (a build killed between two writes) never mislead the next.
struct BuildCache: Sendable, Equatable {
    /// Bumped whenever the layout or meaning of the cache changes.
    static let currentVersion = 8
    /// The cache's folder inside the source folder.
    static let folderName = ".dossier"
    /// The single file of versions 7 and before, removed when the cache is next written.
    private static let legacyFileName = "build-cache.json"

    /// The page a build rendered, to reuse it while its inputs are the same.
    struct PageRecord: Sendable, Codable, Hashable {
        /// What the page's bytes depend on (see `PreparedPage`).
        let fingerprint: String
        /// The SHA-256 of the bytes rendered from it.
        let sha256: String
        /// Its ids and links, to check the links of the page without parsing it again.
        let links: PageLinks
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

    /// One file of the cache: a part, stamped with the cache's version and the binary that wrote it.
    private struct CacheFile<Value: Codable & Sendable>: Codable, Sendable {
        var version = BuildCache.currentVersion
        var generator: String
        var value: Value
    }

    /// The pages' part: the records of the pages and of the output they were written to, in
    /// one file because the writer trusts the one only with the other.
    private struct PagesPart: Codable, Equatable, Sendable {
        var pages: [String: PageRecord]
        var output: WriteRecord?
    }

    /// The cache folder of `sourceFolder`.
    static func folder(in sourceFolder: String) -> URL {
        URL(fileURLWithPath: sourceFolder).appendingPathComponent(folderName)
    }

    /// The cache of `sourceFolder` (empty when there is none), and a note when one was there
    /// but could not be used. The parts are decoded at the same time.
    static func read(in sourceFolder: String) -> (cache: BuildCache, note: String?) {
        let folder = folder(in: sourceFolder)
        let ((articles, analysis), pages) = inParallel(
            {
                inParallel(
                    { readPart([String: CachedArticle].self, "articles.json", in: folder) },
                    { readPart(AnalysisCache?.self, "analysis.json", in: folder) })
            },
            { readPart(PagesPart.self, "pages.json", in: folder) })
        var cache = BuildCache()
        var unusable: [String] = []
        if case .found(let file) = articles {
            cache.generator = file.generator
            cache.articles = file.value
        } else if case .unusable(let path) = articles {
            unusable.append(path)
        }
        if case .found(let file) = analysis {
            cache.analysis = file.value
        } else if case .unusable(let path) = analysis {
            unusable.append(path)
        }
        if case .found(let file) = pages {
            cache.pages = file.value.pages
            cache.output = file.value.output
        } else if case .unusable(let path) = pages {
            unusable.append(path)
        }
        // A missing or damaged comparison file only means comparing again.
        if let bytes = FileManager.default.contents(
            atPath: folder.appendingPathComponent(ComparisonRecord.fileName).path)
        {
            cache.analysis?.comparison = ComparisonRecord(file: [UInt8](bytes))
        }
        let note =
            unusable.isEmpty
            ? nil
            : "the build cache \(unusable.joined(separator: ", ")) is unreadable or from another version; building without it"
        return (unusable.isEmpty ? cache : BuildCache(), note)
    }

    /// What reading one file of the cache found.
    private enum PartRead<Value: Codable & Sendable>: Sendable {
        case missing
        case unusable(String)
        case found(CacheFile<Value>)
    }

    private static func readPart<Value: Codable & Sendable>(_ type: Value.Type, _ name: String, in folder: URL)
        -> PartRead<Value>
    {
        let url = folder.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else { return .missing }
        guard let file = try? JSONDecoder().decode(CacheFile<Value>.self, from: data), file.version == currentVersion
        else { return .unusable(url.path) }
        return .found(file)
    }

    /// Writes the parts that differ from `previous` (every part when `previous` is nil), each
    /// atomically; returns a note when the cache could not be written.
    func write(in sourceFolder: String, over previous: BuildCache?) -> String? {
        let folder = BuildCache.folder(in: sourceFolder)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // Streamed: `JSONEncoder`'s tree of a large article's cache was the build's peak of memory.
            if previous?.articles != articles || previous?.generator != generator {
                try write(articles, to: "articles.json", in: folder)
            }
            if previous?.analysis != analysis {
                try write(analysis, to: "analysis.json", in: folder)
            }
            let pagesPart = PagesPart(pages: pages, output: output)
            if previous.map({ PagesPart(pages: $0.pages, output: $0.output) }) != pagesPart {
                try write(pagesPart, to: "pages.json", in: folder)
            }
            if let comparison = analysis?.comparison, !comparison.isFromFile {
                try Data(comparison.encoded()).write(
                    to: folder.appendingPathComponent(ComparisonRecord.fileName), options: .atomic)
            }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(Self.legacyFileName))
            return nil
        } catch {
            return
                "could not save the build cache in \(folder.path) (\(error.localizedDescription)); the next build starts afresh"
        }
    }

    private func write<Value: Codable & Sendable>(_ value: Value, to name: String, in folder: URL) throws {
        let file = CacheFile(generator: generator, value: value)
        try Data(StreamingJSONEncoder.encode(file)).write(to: folder.appendingPathComponent(name), options: .atomic)
    }
}
