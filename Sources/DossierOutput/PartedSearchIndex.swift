import DossierModel
import Foundation

/// Makes a site's search index in parts (`SearchIndexPart`): each part whose pages read the
/// same to the indexer as when the live output's index was made (`IndexedContent`) is linked
/// from it, and only the others are made, by Pagefind, two runs at a time.
///
/// Each run reads a folder of hard links to its part's pages (a scratch folder beside the
/// output, removed after the run), so Pagefind opens only those pages and writes the part's
/// own bundle, with the pages' addresses as on the site. The index folder records the digest
/// of each part (`recordName`) and of its files; a part is taken from the live index only when
/// its digest is the one recorded there and its files are as they were written (none deleted,
/// added or changed in size in the live output), and every part is made again when the parts made and the parts
/// kept were made by different versions of Pagefind.
public struct PartedSearchIndex: Sendable {
    /// The file, in the index folder, that records the digest of each part, by folder.
    public static let recordName = "dossier-parts.json"

    /// What `make` did: the folders of the parts it made and of those it kept ("" is the main
    /// part).
    public struct Outcome: Sendable, Hashable {
        public var made: [String] = []
        public var kept: [String] = []
    }

    /// How to run Pagefind.
    let command: PagefindRunner.Command
    /// The staging folder: the site whose pages are read, and whose index folder is written.
    let site: URL
    /// The index folder in the site (`site/pagefind`).
    let indexFolder: URL
    /// The live output's index folder, to take unchanged parts from; nil for none.
    let previous: URL?
    /// Makes a scratch folder beside the output for one run's links.
    let scratch: @Sendable () throws -> URL

    /// An index of the site at `site` written to its folder `indexFolder` (a site path) with
    /// `command`, taking unchanged parts from `previous`.
    public init(
        command: PagefindRunner.Command, site: URL, indexFolder: String, previous: URL?,
        scratch: @escaping @Sendable () throws -> URL
    ) {
        self.command = command
        self.site = site
        self.indexFolder = site.appendingPathComponent(indexFolder)
        self.previous = previous
        self.scratch = scratch
    }

    /// The record of the parts' digests.
    struct Record: Codable, Equatable {
        var version = 1
        /// The digest of each part's pages, by folder.
        var parts: [String: String]
        /// The digest of each part's files as written (`listing`), by folder; nil in a record
        /// of a version that did not keep it, whose parts are all made again.
        var files: [String: String]?
    }

    /// Makes the index of `parts` (the first is the main part); a run of Pagefind that fails
    /// throws its `Diagnostic`, a file that cannot be read or linked an `OutputError`.
    public func make(_ parts: [SearchIndexPart]) throws -> Outcome {
        try TreeLinker.makeFolder(indexFolder.path)
        let digests = try digests(of: parts)
        let recorded = previous.flatMap { Self.record(in: $0) }
        var outcome = Outcome()
        var toMake: [SearchIndexPart] = []
        var listings: [String: String] = [:]
        for part in parts {
            if let previous, let recorded, recorded.parts[part.folder] == digests[part.folder],
                Self.hasEntry(in: folder(of: part, in: previous)),
                let files = recorded.files?[part.folder], files == (try? Self.listing(of: part, in: previous))
            {
                try link(part, from: previous)
                outcome.kept.append(part.folder)
                listings[part.folder] = files
            } else {
                toMake.append(part)
            }
        }
        try run(toMake)
        outcome.made = toMake.map(\.folder)
        let versions = Set(parts.map { Self.pagefindVersion(in: folder(of: $0, in: indexFolder)) })
        if versions.count > 1 {
            let kept = parts.filter { outcome.kept.contains($0.folder) }
            for part in kept { try remove(part) }
            try run(kept)
            outcome.made += outcome.kept
            outcome.kept = []
        }
        for part in parts where !outcome.kept.contains(part.folder) {
            listings[part.folder] = try Self.listing(of: part, in: indexFolder)
        }
        let record = Record(parts: digests, files: listings)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(record).write(to: indexFolder.appendingPathComponent(Self.recordName))
        return outcome
    }

    /// The digest of each part, by folder: of its pages' site paths and what the indexer sees
    /// of each, read from the site.
    private func digests(of parts: [SearchIndexPart]) throws -> [String: String] {
        let pages = parts.flatMap(\.pages)
        let site = site.path
        let seen = pages.concurrentMap { path in
            Result { IndexedContent.digest(of: try FileBytes.read(site + "/" + path)) }
        }
        var digests: [String: String] = [:]
        var offset = 0
        for part in parts {
            var text = ""
            for (path, digest) in zip(part.pages, seen[offset..<(offset + part.pages.count)]) {
                text += path + "\n" + (try digest.get()) + "\n"
            }
            offset += part.pages.count
            digests[part.folder] = FileStamp.sha256(Array(text.utf8))
        }
        return digests
    }

    /// Links the part `part` of the index at `previous` into the new index folder.
    private func link(_ part: SearchIndexPart, from previous: URL) throws {
        let folders = MadeFolders(existing: [indexFolder.path])
        for name in try Self.entries(of: part, in: previous) {
            try TreeLinker.link(
                previous.appendingPathComponent(name).path, to: indexFolder.appendingPathComponent(name).path,
                folders: folders)
        }
    }

    /// Removes the linked part `part` from the new index folder.
    private func remove(_ part: SearchIndexPart) throws {
        for name in try Self.entries(of: part, in: indexFolder) {
            try TreeLinker.remove(indexFolder.appendingPathComponent(name).path)
        }
    }

    /// The names, in the index folder `index`, of what belongs to `part`: a part's folder; the
    /// main part's files and folders, without the other parts' folders and the record.
    private static func entries(of part: SearchIndexPart, in index: URL) throws -> [String] {
        guard part.folder.isEmpty else { return [part.folder] }
        return try FileManager.default.contentsOfDirectory(atPath: index.path).filter {
            !$0.hasPrefix(SearchIndexPart.folderPrefix) && $0 != recordName
        }
    }

    /// Whether the index in `folder` is as its last build wrote it: every part its record names
    /// has the files recorded. False without a record of the files.
    public static func isIntact(_ folder: URL) -> Bool {
        guard let files = record(in: folder)?.files else { return false }
        return files.allSatisfy { part, digest in
            (try? listing(of: SearchIndexPart(folder: part, pages: []), in: folder)) == digest
        }
    }

    /// The digest of the files of `part` in the index folder `index`: the path and size of
    /// each. A file deleted, added or edited to another size since gives another digest; times
    /// are left out, so that the record, part of the site, is the same for the same pages.
    static func listing(of part: SearchIndexPart, in index: URL) throws -> String {
        var lines: [String] = []
        for name in try entries(of: part, in: index) {
            try listFiles(at: name, under: index.path, into: &lines)
        }
        return FileStamp.sha256(Array(lines.sorted().joined(separator: "\n").utf8))
    }

    /// Adds a line for the file at `path` (relative to `root`), or for each file under the
    /// folder there, to `lines`.
    private static func listFiles(at path: String, under root: String, into lines: inout [String]) throws {
        var info = stat()
        guard lstat(root + "/" + path, &info) == 0 else { throw OutputError("cannot read \(root)/\(path)") }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            lines.append("\(path)\t\(info.st_size)")
            return
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: root + "/" + path) {
            try listFiles(at: path + "/" + name, under: root, into: &lines)
        }
    }

    /// Makes `parts`, two runs of Pagefind at a time; the first failure is thrown once both
    /// runs have stopped.
    private func run(_ parts: [SearchIndexPart]) throws {
        let queue = PartQueue(parts)
        let work: @Sendable () -> (any Error)? = {
            while let part = queue.next() {
                do { try self.make(part) } catch {
                    queue.stop()
                    return error
                }
            }
            return nil
        }
        let (first, second) = inParallel(work, work)
        if let failure = first ?? second { throw failure }
    }

    /// Makes one part: links its pages into a scratch folder and runs Pagefind over it.
    private func make(_ part: SearchIndexPart) throws {
        let links = try scratch()
        defer { try? FileManager.default.removeItem(at: links) }
        let folders = MadeFolders(existing: [links.path])
        for path in part.pages {
            _ = try TreeLinker.linkFile(site.path + "/" + path, to: links.path + "/" + path, folders: folders)
        }
        let output = folder(of: part, in: indexFolder)
        try PagefindRunner.run(command, siteFolder: links.path, outputPath: output.path).get()
        guard Self.hasEntry(in: output) else {
            let entry = [PagefindRunner.indexFolder, part.folder, PagefindRunner.entryFile].filter { !$0.isEmpty }
                .joined(separator: "/")
            throw Diagnostic.error(.searchIndexerFailed, "Pagefind exited without writing its index (\(entry))")
        }
    }

    /// The folder of `part` in the index folder `index`.
    private func folder(of part: SearchIndexPart, in index: URL) -> URL {
        part.folder.isEmpty ? index : index.appendingPathComponent(part.folder)
    }

    /// Whether `folder` holds an index (its entry file).
    private static func hasEntry(in folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(PagefindRunner.entryFile).path)
    }

    /// The record in the index folder `folder`, if it has one that can be read.
    static func record(in folder: URL) -> Record? {
        (try? Data(contentsOf: folder.appendingPathComponent(recordName)))
            .flatMap { try? JSONDecoder().decode(Record.self, from: $0) }
    }

    /// The version of Pagefind that made the index in `folder`, as its entry file says.
    private static func pagefindVersion(in folder: URL) -> String? {
        struct Entry: Decodable { let version: String }
        return (try? Data(contentsOf: folder.appendingPathComponent(PagefindRunner.entryFile)))
            .flatMap { try? JSONDecoder().decode(Entry.self, from: $0).version }
    }
}

/// The parts still to make, handed out one at a time to the runs.
private final class PartQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: ArraySlice<SearchIndexPart>

    init(_ parts: [SearchIndexPart]) {
        self.parts = parts[...]
    }

    func next() -> SearchIndexPart? {
        lock.withLock { parts.popFirst() }
    }

    /// Hands out no more parts.
    func stop() {
        lock.withLock { parts = [] }
    }
}
