import DossierModel
import Foundation

/// Reads a dossier source folder (README.md, "The source folder") into a `Dossier`: the only reader of the disk
/// besides the site writer.
public enum DossierLoader {
    /// Reads a dossier source folder. Throws (a `Diagnostic`) only when the folder itself is missing or unreadable;
    /// every content problem is a Diagnostic (paths shown as `<sourceFolder>/<relative path>`).
    public static func load(sourceFolder: String) throws -> LoadResult {
        try load(sourceFolder: sourceFolder, articleCache: [:]).result
    }

    /// `load(sourceFolder:)`, reusing the articles of an earlier load whose bytes and sidecar
    /// bytes are unchanged; also returns the cache for the next load (by relative path).
    public static func load(
        sourceFolder: String, articleCache: [String: CachedArticle]
    ) throws -> (result: LoadResult, articleCache: [String: CachedArticle]) {
        try checkSourceFolder(sourceFolder)
        let folder = SourceFolder(sourceFolder)
        var diagnostics = folder.linkDiagnostics() + strayFileDiagnostics(folder)
        let config = readConfig(folder, diagnostics: &diagnostics)
        let (overview, overviewTitle) = readOverview(folder, diagnostics: &diagnostics)
        var (articles, read) = readArticles(
            folder, limits: config.limits, cache: articleCache, diagnostics: &diagnostics)
        diagnostics += duplicateArticles(articles, in: folder)
        let actors = readActors(folder, diagnostics: &diagnostics)
        let topics = readTopics(folder, diagnostics: &diagnostics)
        let outletFiles = readOutletFiles(folder, diagnostics: &diagnostics)
        attributeOutlets(
            &articles, unidentified: read.unidentifiedOutlets,
            known: KnownOutlets(outletFiles: outletFiles, otherNames: read.outletNames.names.mapValues(\.name)),
            names: &read.outletNames, folder: folder, diagnostics: &diagnostics)
        let outlets = readOutlets(
            outletFiles, articles: articles, outletNames: read.outletNames, outletLocations: read.outletLocations,
            folder: folder, diagnostics: &diagnostics)
        let notes = readNotes(folder, diagnostics: &diagnostics)
        let timeline = readTimeline(folder, diagnostics: &diagnostics)
        let failed = failedSources(
            folder,
            loaded: [
                .article: Set(articles.map(\.id)), .actor: Set(actors.map(\.id)), .topic: Set(topics.map(\.id)),
                .outlet: Set(outlets.map(\.id)), .note: Set(notes.map(\.id)),
            ])
        let dossier = Dossier(
            config: config, overview: overview, overviewTitle: overviewTitle, articles: articles, actors: actors,
            topics: topics,
            outlets: outlets, notes: notes, timeline: timeline, failed: failed)
        return (LoadResult(dossier: dossier, diagnostics: diagnostics), read.cache)
    }

    /// A warning for each article file whose bytes are another's (the same SHA-256), or whose
    /// story is another's word for word though the bytes differ (white space, line endings, an
    /// encoding, the page furniture: a page copied twice by hand), at the later of the two by
    /// path.
    static func duplicateArticles(_ articles: [Article], in folder: SourceFolder) -> [Diagnostic] {
        var firstBytes: [String: String] = [:]
        // Stories by a hash of their text; equal hashes are compared in full.
        var firstStories: [Int: [Article]] = [:]
        var warnings: [Diagnostic] = []
        for article in articles.sorted(by: { $0.source.relativePath < $1.source.relativePath }) {
            let path = article.source.relativePath
            if let earlier = firstBytes[article.source.sha256] {
                warnings.append(
                    .warning(
                        .duplicateArticle, "the file has the same bytes as \(earlier): the site shows the story twice",
                        at: SourceLocation(path: folder.displayPath(path)),
                        fix: "Delete one of the two files, and its sidecar if it has one."))
                continue
            }
            firstBytes[article.source.sha256] = path
            guard !article.paragraphs.isEmpty else { continue }
            let key = storyHash(article)
            let same = firstStories[key]?.first { sameStory($0, article) }
            guard let earlier = same else {
                firstStories[key, default: []].append(article)
                continue
            }
            warnings.append(
                .warning(
                    .duplicateArticle,
                    "the story is word for word that of \(earlier.source.relativePath), though the files differ (white space, encoding or the page around it): the site shows it twice",
                    at: SourceLocation(path: folder.displayPath(path)),
                    fix: "Delete one of the two files, and its sidecar if it has one."))
        }
        return warnings
    }

    /// A hash of an article's paragraphs, by their UTF-8 bytes: they are L0, in NFC, so equal
    /// bytes are equal texts (hashing them as `String`s normalised every scalar again).
    private static func storyHash(_ article: Article) -> Int {
        var hasher = Hasher()
        for paragraph in article.paragraphs {
            var text = paragraph.text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            hasher.combine(0xFF as UInt8)
        }
        return hasher.finalize()
    }

    /// Whether two articles' paragraphs are the same texts, compared by their UTF-8 bytes.
    private static func sameStory(_ first: Article, _ second: Article) -> Bool {
        first.paragraphs.count == second.paragraphs.count
            && zip(first.paragraphs, second.paragraphs).allSatisfy { $0.text.utf8.elementsEqual($1.text.utf8) }
    }

    /// Where `relativePath` of `sourceFolder` really is when a link on its path leads out of
    /// the folder: the build reads nothing there (`link-outside-source`), so a command must
    /// write nothing there either. Nil when it is inside, or missing.
    public static func placeOutside(of relativePath: String, in sourceFolder: String) -> String? {
        guard case .outside(let real) = SourceFolder(sourceFolder).place(of: relativePath) else { return nil }
        return real
    }

    /// The source folder as diagnostics show it, before each file's path inside it.
    public static func displayRoot(of sourceFolder: String) -> String {
        SourceFolder.trimmed(sourceFolder)
    }

    /// Throws a `Diagnostic` naming the folder and what to do when `sourceFolder` is missing,
    /// is not a folder, or cannot be listed; checks only, never creates anything.
    public static func checkSourceFolder(_ sourceFolder: String) throws {
        let location = SourceLocation(path: sourceFolder)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: sourceFolder, isDirectory: &isDirectory) else {
            // Run from inside a dossier (`init` with no folder), the default `seeds` is not there.
            let here = FileManager.default.currentDirectoryPath
            // Run from the folder above a dossier, the dossiers there are named.
            let below = ((try? FileManager.default.contentsOfDirectory(atPath: here)) ?? []).sorted().filter {
                !$0.hasPrefix(".") && FileManager.default.fileExists(atPath: here + "/" + $0 + "/dossier.yml")
            }
            let fix =
                FileManager.default.fileExists(atPath: here + "/dossier.yml")
                ? "This folder holds dossier.yml: build it with `--source . --output "
                    + SiteFolderName.beside(".", real: here) + "`."
                : below.isEmpty
                    ? "Give the folder that holds dossier.yml with `--source` (the default is `seeds`)."
                    : "Give the folder that holds dossier.yml with `--source` (the default is `seeds`): here, "
                        + below.prefix(3).map { "`--source \($0)`" }.joined(separator: " or ")
                        + ", or run the command inside it."
            throw Diagnostic.error(.sourceMissing, "the source folder does not exist", at: location, fix: fix)
        }
        guard isDirectory.boolValue else {
            throw Diagnostic.error(
                .sourceNotFolder, "the source is a file, not a folder", at: location,
                fix: "Give the folder that holds dossier.yml with `--source`, not a file in it.")
        }
        if case .failure(let failure) = FolderListing.listing(of: sourceFolder) {
            let text = ListingFailureText(
                failure, permissionFix: "Give yourself read and execute permission on the folder (`chmod u+rx`).")
            throw Diagnostic.error(
                .sourceUnreadable, "the source folder cannot be listed (\(text.reason))", at: location, fix: text.fix)
        }
    }

    /// Reads only the actors of a dossier source folder (`actors/*.md`): the gazetteer, for
    /// tools that look at mentions without building the site.
    public static func loadActors(sourceFolder: String) -> (actors: [Actor], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let actors = readActors(SourceFolder(sourceFolder), diagnostics: &diagnostics)
        return (actors, diagnostics)
    }

    /// The files of a subfolder with a valid, unique id, plus diagnostics for the others.
    /// `extensions` are the accepted file kinds; other files get a warning.
    static func identifiedFiles(
        in subfolder: String, extensions: Set<String>, folder: SourceFolder, diagnostics: inout [Diagnostic]
    ) -> [(id: String, path: String)] {
        var result: [(id: String, path: String)] = []
        var seen: [String: String] = [:]
        for path in folder.files(in: subfolder) {
            let fileExtension = Identifier.fileExtension(of: path)
            guard extensions.contains(fileExtension) else {
                if !(subfolder == "articles" && fileExtension == "yml") {
                    diagnostics.append(unexpectedFile(path, in: subfolder, extensions: extensions, folder: folder))
                }
                continue
            }
            let id = Identifier.stem(of: path)
            guard Identifier.isValid(id) else {
                diagnostics.append(Identifier.invalidDiagnostic(stem: id, path: folder.displayPath(path)))
                continue
            }
            if let first = seen[id] {
                diagnostics.append(
                    .error(
                        .duplicateID,
                        "id `\(id)` is already used by \(folder.displayPath(first)); this file is skipped",
                        at: SourceLocation(path: folder.displayPath(path)),
                        fix: "Rename one of the two files: ids must be unique within `\(subfolder)/`."))
                continue
            }
            seen[id] = path
            result.append((id, path))
        }
        return result
    }

    /// The warning for a file of `subfolder/` whose extension it does not take.
    private static func unexpectedFile(
        _ path: String, in subfolder: String, extensions: Set<String>, folder: SourceFolder
    ) -> Diagnostic {
        let taken = extensions.sorted().map { "." + $0 }.joined(separator: ", ")
        let isArticles = subfolder == "articles"
        let yamlSidecar = isArticles && Identifier.fileExtension(of: path) == "yaml"
        return .warning(
            .unexpectedFile,
            "`\(subfolder)/` takes \(taken) files\(isArticles ? " and their .yml sidecars" : ""); this one is ignored",
            at: SourceLocation(path: folder.displayPath(path)),
            fix: yamlSidecar
                ? "Rename it \(Identifier.stem(of: path)).yml to make it its article's sidecar."
                : "Rename the file with a supported extension or move it out of `\(subfolder)/`.")
    }

    private static func readArticles(
        _ folder: SourceFolder, limits: ArticleLimits, cache: [String: CachedArticle], diagnostics: inout [Diagnostic]
    ) -> ([Article], ArticlesRead) {
        var newCache: [String: CachedArticle] = [:]
        let reader = ArticleReader(folder: folder, limits: limits)
        var articles: [Article] = []
        var outletNames = OutletNaming()
        var unidentifiedOutlets: [String: UnidentifiedOutlet] = [:]
        var outletLocations: [String: SourceLocation] = [:]
        let files = identifiedFiles(
            in: "articles", extensions: ["txt", "md"], folder: folder, diagnostics: &diagnostics)
        let ids = Set(files.map(\.id))
        // By id: `x.YML` is `x.txt`'s sidecar as `x.TXT` is an article.
        var sidecarsByID: [String: String] = [:]
        for sidecar in folder.files(in: "articles") where Identifier.fileExtension(of: sidecar) == "yml" {
            let id = Identifier.stem(of: sidecar)
            if !ids.contains(id) {
                diagnostics.append(
                    .error(
                        .orphanSidecar, "sidecar has no article `articles/\(id).txt` or `.md`",
                        at: SourceLocation(path: folder.displayPath(sidecar)),
                        fix: "Rename the sidecar to match its article's file name, or delete it."))
            } else if let first = sidecarsByID[id] {
                diagnostics.append(
                    .error(
                        .duplicateID,
                        "article `\(id)` already has the sidecar \(folder.displayPath(first)); this one is skipped",
                        at: SourceLocation(path: folder.displayPath(sidecar)),
                        fix: "Keep one sidecar per article: merge the two files into one."))
            } else {
                sidecarsByID[id] = sidecar
            }
        }
        let sidecars = sidecarsByID
        // Each file is read on its own (in parallel); the results are taken in file order.
        let results = files.concurrentMap { file -> ArticleFileResult in
            // Checked before the file is read (or hashed): a huge file is refused at once.
            if let tooLarge = reader.sizeDiagnostic(file.path) { return ArticleFileResult(diagnostics: [tooLarge]) }
            let source = ArticleSourceBytes(file.path, sidecar: sidecars[file.id], folder: folder)
            let key = source.cacheKey(file.path, folder: folder, limits: limits)
            // A reading that warned of a date after today is done again: the day may have come.
            if let key, let stored = cache[file.path], stored.key == key,
                !stored.diagnostics.contains(where: { $0.code == .dateInFuture })
            {
                let cached = stored.withPathsUnder(folder.root)
                return ArticleFileResult(diagnostics: cached.diagnostics, read: cached, key: key)
            }
            var articleDiagnostics: [Diagnostic] = []
            let output = reader.read(file.path, id: file.id, source: source, diagnostics: &articleDiagnostics)
            let read = output.map {
                CachedArticle(
                    key: key ?? "", article: $0.article, outletName: $0.outletName,
                    unidentifiedOutlet: $0.unidentifiedOutlet, outletLocation: $0.outletLocation,
                    diagnostics: articleDiagnostics)
            }
            return ArticleFileResult(diagnostics: articleDiagnostics, read: read, key: key)
        }
        for (file, result) in zip(files, results) {
            diagnostics += result.diagnostics
            guard let read = result.read else { continue }
            if result.key != nil { newCache[file.path] = read.withPathsRelative(to: folder.root) }
            articles.append(read.article)
            if let outlet = read.article.outlet, let name = read.outletName {
                outletNames.add(name, for: outlet)
            }
            unidentifiedOutlets[read.article.id] = read.unidentifiedOutlet
            outletLocations[read.article.id] = read.outletLocation
        }
        return (
            articles,
            ArticlesRead(
                outletNames: outletNames, unidentifiedOutlets: unidentifiedOutlets, outletLocations: outletLocations,
                cache: newCache)
        )
    }

    /// What reading the articles gives besides them.
    private struct ArticlesRead {
        /// The names the articles give their outlets.
        var outletNames: OutletNaming
        /// The outlets pages credit by a name that gives no id, by article id.
        let unidentifiedOutlets: [String: UnidentifiedOutlet]
        /// The sidecars' `outlet` lines, by article id, for the articles whose outlet is their sidecar's.
        let outletLocations: [String: SourceLocation]
        /// Every article as read, for the next build, by path.
        let cache: [String: CachedArticle]
    }

    /// What reading one article file gave: its diagnostics, the article unless it could not be
    /// read, and its cache key unless its bytes could not be hashed.
    private struct ArticleFileResult: Sendable {
        var diagnostics: [Diagnostic] = []
        var read: CachedArticle?
        var key: String?
    }
}
