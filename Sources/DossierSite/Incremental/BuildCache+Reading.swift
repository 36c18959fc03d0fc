import DossierAnalysis
import DossierLoader
import DossierModel
import DossierOutput
import Foundation

extension BuildCache {
    /// The cache of a source folder being read, its parts on threads of their own: the loader
    /// needs only the articles' part (`articles`) and starts on it while the analysis', the
    /// pages' and the comparison's files are still being read and decoded (`result`).
    ///
    /// Read before the loader started, the four files held a rebuild of 1,000 articles back by
    /// 60-80 ms of its 0.7 s; the articles' part alone takes 55-70 ms while the others are
    /// decoded beside it on the two cores, so the rebuild gained 2-5% (medians in turn). Of a cache another binary wrote (not `generator`), only the output's
    /// record and the writer's name are read: the rest is made again, and decoding it would
    /// hold as much memory as the build itself. The comparison's record is not part of the
    /// cache it gives (`result`) but handed over once (`takeComparison`), so that its bytes
    /// (102 MB for 10,000 articles) are let go of once the analysis has read them. A class
    /// because the threads and the build share it.
    final class Reading: Sendable {
        private let generator: String
        private let articlesPart: BackgroundResult<PartRead<NoHeader, CachedArticle>>
        private let whole: BackgroundResult<(cache: BuildCache, note: String?)>
        private let comparison = HandOver<ComparisonRecord>()

        /// Starts reading the cache of `sourceFolder`; a file of it with more than
        /// `largestPart` bytes is unusable, unread.
        init(sourceFolder: String, generator: String, largestPart: Int = UnusablePart.largestPart) {
            let folder = BuildCache.folder(in: sourceFolder)
            let articlesPart = BackgroundResult {
                Part.articles.read(
                    header: NoHeader.self, entry: CachedArticle.self, in: folder, generator: generator,
                    largestPart: largestPart)
            }
            self.generator = generator
            self.articlesPart = articlesPart
            let comparison = comparison
            whole = BackgroundResult {
                let (analysis, pages) = inParallel(
                    {
                        Part.analysis.read(
                            header: String?.self, entry: AnalysisCache.Entry.self, in: folder, generator: generator,
                            largestPart: largestPart)
                    },
                    {
                        readPart(
                            Part.pages, header: WriteRecord?.self, entry: PageRecord.self, in: folder,
                            generator: generator, largestPart: largestPart)
                    })
                let (cache, note, record) = assembled(
                    articles: articlesPart.value, analysis: analysis, pages: pages, in: folder, generator: generator,
                    largestPart: largestPart)
                comparison.put(record)
                return (cache, note)
            }
        }

        /// The articles as this binary read them, once their part is read: none when the part
        /// is missing, unusable or another binary's.
        var articles: [String: CachedArticle] {
            guard case .found(let head, let entries) = articlesPart.value, head.generator == generator else {
                return [:]
            }
            return entries
        }

        /// The whole cache (empty when there is none) and a note when one was there but could
        /// not be used, once every part is read; without the comparison's record.
        var result: (cache: BuildCache, note: String?) { whole.value }

        /// The comparison's record, once every part is read, the first time it is asked for;
        /// nil afterwards, and when there is none or the cache is unusable.
        func takeComparison() -> ComparisonRecord? {
            _ = whole.value
            return comparison.take()
        }
    }

    /// What reading one part of the cache found.
    enum PartRead<Header: Codable & Sendable, Entry: Codable & Sendable>: Sendable {
        case missing
        case unusable(UnusablePart)
        case found(CacheRecords.Head<Header>, [String: Entry])
    }

    /// The part of the cache in the file `name` of `folder`: missing, unusable (unreadable,
    /// larger than `largestPart` bytes, damaged or of another cache version) or its head and
    /// entries (none for another binary's part).
    fileprivate static func readPart<Header: Codable & Sendable, Entry: Codable & Sendable>(
        _ name: String, header: Header.Type, entry: Entry.Type, in folder: URL, generator: String, largestPart: Int
    ) -> PartRead<Header, Entry> {
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { return .missing }
        switch UnusablePart.bytes(url.path, atMost: largestPart) {
        case .failure(let unusable): return .unusable(unusable)
        case .success(let bytes):
            guard let (head, entries) = CacheRecords.decode(bytes, header: header, entry: entry, generator: generator),
                head.version == currentVersion
            else { return .unusable(UnusablePart(path: url.path)) }
            return .found(head, entries)
        }
    }

    /// The cache of the parts read in `folder`, a note naming the parts that could not be used
    /// (the cache is then empty), and the comparison's record read beside them (for a usable
    /// cache with an analysis).
    fileprivate static func assembled(
        articles: PartRead<NoHeader, CachedArticle>, analysis: PartRead<String?, AnalysisCache.Entry>,
        pages: PartRead<WriteRecord?, PageRecord>, in folder: URL, generator: String, largestPart: Int
    ) -> (cache: BuildCache, note: String?, comparison: ComparisonRecord?) {
        var cache = BuildCache()
        var unusable: [UnusablePart] = []
        if case .found(let head, let entries) = articles {
            cache.generator = head.generator
            cache.articles = entries
        } else if case .unusable(let part) = articles {
            unusable.append(part)
        }
        if case .found(let head, let entries) = analysis {
            cache.analysis = head.header.map { AnalysisCache(salt: $0, entries: entries) }
        } else if case .unusable(let part) = analysis {
            unusable.append(part)
        }
        if case .found(let head, let entries) = pages {
            cache.pages = entries
            cache.output = head.header
        } else if case .unusable(let part) = pages {
            unusable.append(part)
        }
        guard unusable.isEmpty else {
            let note =
                "the build cache " + unusable.map(\.description).joined(separator: ", ") + "; building without it"
            return (BuildCache(), note, nil)
        }
        // A missing or damaged comparison file only means comparing again; another binary's
        // is not read (its key, salted with that binary, could never match).
        var comparison: ComparisonRecord?
        if cache.analysis != nil, cache.generator.isEmpty || cache.generator == generator,
            case .success(let bytes) = UnusablePart.bytes(
                folder.appendingPathComponent(ComparisonRecord.fileName).path, atMost: largestPart)
        {
            comparison = ComparisonRecord(file: bytes)
        }
        return (cache, nil, comparison)
    }
}
