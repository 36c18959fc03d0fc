import DossierModel
import Foundation

/// A new site being assembled in a staging folder beside the output. Files are handed over one
/// by one as they are made (`add`, from any number of tasks at once): each is written into the
/// folder at once, or, when the previous site holds the same bytes, noted to be linked from it;
/// nothing of its bytes is kept. `finish` then carries the user's files over, links the
/// unchanged ones, runs the indexer, writes the manifest and swaps the folder in.
///
/// The staging folder is a tree an earlier build left beside the output when there is one
/// (`SpareTree`: the previous site a swap set aside), brought up to the new site, else a new
/// folder. The output's lock is held from the moment the staging is opened until it is given
/// up (`discard`, which `finish` ends with): a build that fails, throws or is abandoned leaves
/// the output as it was. After a
/// swap the folder holds the previous site and is renamed as such, as is a taken tree when the
/// build is given up, for the next build to take; a new folder given up is removed. Other
/// leftovers are removed in the background (`LeftoverRemoval`). A class because the lock and
/// the folder are resources given up exactly once.
public final class SiteStaging: Sendable {
    private let writer: SiteWriter
    /// Held until the staging is given up (`discard`).
    private let lock: OutputLock
    /// The output as inspected under the lock.
    private let current: OutputFolder
    private let previous: PreviousSite
    /// What earlier builds left beside the output, being removed while this one works.
    private let leftovers: LeftoverRemoval
    /// The staging folder.
    public let folder: URL
    /// The earlier build's tree that the staging folder is, if it is one.
    private let spare: SpareTree?
    /// Set once the folder has been swapped in (it then holds the previous site, not ours).
    private let swapped = OnceFlag()
    /// Set once the staging has been given up.
    private let givenUp = OnceFlag()
    /// The folders made in `folder` so far.
    private let madeFolders: MadeFolders

    /// Takes the lock of `writer`'s output, makes the staging folder (taking an earlier build's
    /// tree as it, when one is left beside the output) and starts removing the other leftovers.
    init(writer: SiteWriter) throws {
        let output = writer.output
        let parent = output.url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            let cause = FileErrorText(error)
            throw OutputError(
                "cannot create \(parent.path), the folder to hold the output: \(cause?.reason ?? "\(error)")",
                fix: cause?.fix ?? "choose another --output")
        }
        lock = try OutputLock(output: output.url, named: output.path)
        current = try output.reinspected()
        previous = PreviousSite(output: current, record: writer.previousRecord)
        self.writer = writer
        let found = StagingFolder.leftovers(of: output.url)
        let folder = try StagingFolder.make(for: output.url)
        let (spare, rest) = SpareTree.takeOne(of: found, for: output.url, as: folder)
        leftovers = LeftoverRemoval(rest)
        madeFolders = MadeFolders(existing: [folder.path] + (spare?.folders.map { folder.path + "/" + $0 } ?? []))
        self.folder = folder
        self.spare = spare
    }

    deinit {
        discard()
    }

    /// Removes the staging folder and what is in it (the output is left as it is); after a swap,
    /// or when it is an earlier build's tree, renames it as a previous site instead. Then lets go
    /// of the output's lock: the next build into the output need not wait for the staging to be
    /// freed. Only the first call does anything.
    public func discard() {
        guard givenUp.setFirst() else { return }
        if swapped.isSet || spare != nil {
            _ = StagingFolder.retire(folder, of: writer.output.url)
        } else {
            try? FileManager.default.removeItem(at: folder)
            // Brings the journal down to the folders still there, so that a first build that
            // failed leaves no lock file either (`OutputLock.release`).
            _ = StagingFolder.leftovers(of: writer.output.url)
        }
        lock.release()
    }

    /// The live output's search index folder (`SiteWriter.indexFolder`), when its manifest
    /// lists one that is there and the build does not rewrite everything: an index made in
    /// parts takes its unchanged parts from it (`PartedSearchIndex`).
    public var previousIndex: URL? {
        guard !writer.rewriteAll, let indexFolder = writer.indexFolder,
            current.manifest?.folders.contains(indexFolder) == true
        else { return nil }
        let index = current.url.appendingPathComponent(indexFolder)
        return FileManager.default.fileExists(atPath: index.path) ? index : nil
    }

    /// A new, empty folder beside the output for a tool's scratch files, named as a staging
    /// folder: the caller removes it, and the next build removes it if a killed build left it.
    public func scratchFolder() throws -> URL {
        try StagingFolder.make(for: writer.output.url)
    }

    /// Puts `file` in the new site: its bytes are written into the staging folder now, unless
    /// the previous site holds the same bytes at the same path (then that file is linked when
    /// the staging is finished). Safe to call from several tasks at once for different paths.
    public func add(_ file: RenderedFile) throws -> StagedFile {
        let (sha256, copyStamp, copied) = try digest(file)
        let old = current.url.path + "/" + file.path
        if !writer.rewriteAll, let (size, modified) = previous.intactSizeAndTime(file.path, sha256: sha256) {
            return StagedFile(
                path: file.path, stamp: FileStamp(size: size, modified: modified, sha256: sha256),
                copyStamp: copyStamp, linkedFrom: old, location: old)
        }
        let destination = folder.path + "/" + file.path
        let (size, modified) = try write(file, copied: copied, to: destination)
        return StagedFile(
            path: file.path, stamp: FileStamp(size: size, modified: modified, sha256: sha256), copyStamp: copyStamp,
            linkedFrom: nil, location: destination)
    }

    /// Completes the site of `files` (every file `add` was given, in site order) and swaps it
    /// in; `index` runs on the staging folder once the files are in it and may throw to abort
    /// the build. When the output already holds exactly these files, as the last write left
    /// them, the output is kept as it is and nothing is swapped.
    public func finish(_ files: [StagedFile], index: (URL) throws -> Void) throws -> WriteResult {
        defer { discard() }  // after a swap it holds the previous site
        // By now the build's work is done: what it still waits for here was not hidden by it.
        leftovers.wait()
        if let unchanged = unchangedInPlace(files) {
            LegacyBuildCache.remove(for: writer.output.url)
            return unchanged
        }
        let assembled = try assemble(files, index: index)
        for path in [""] + assembled.sharedFolders {
            FolderAttributes.copy(from: current.url.path + "/" + path, to: folder.path + "/" + path)
        }
        try StagingFolder.flush(folder)
        try AtomicSwap.swap(folder, into: writer.output.url)
        swapped.set()
        LegacyBuildCache.remove(for: writer.output.url)
        guard let identity = FolderIdentity(path: writer.output.url.path) else {
            throw OutputError("\(writer.output.path) vanished right after it was written")
        }
        let record = WriteRecord(
            device: identity.device, inode: identity.inode, files: assembled.stamps, copies: assembled.copies)
        return WriteResult(summary: assembled.summary, record: record)
    }

    /// The hash of a file's bytes; for a copied file, the stamp of its source and, when they
    /// were read to hash them, the source's bytes (the ones then written).
    private func digest(_ file: RenderedFile) throws -> (sha256: String, copyStamp: FileStamp?, copied: [UInt8]?) {
        switch file.content {
        case .bytes(let bytes): return (FileStamp.sha256(bytes), nil, nil)
        case .copy(let source):
            let (stamp, bytes) = try FileStamp.stamp(source, previous: writer.previousRecord?.copies[file.path])
            return (stamp.sha256, stamp, bytes)
        case .unchanged(let sha256, _): return (sha256, nil, nil)
        }
    }

    /// The result of finishing with `files` when the output already holds exactly them, as the
    /// last write left them (same paths, hashes, sizes and times, same search index with its
    /// files as written). Nil when anything differs.
    private func unchangedInPlace(_ files: [StagedFile]) -> WriteResult? {
        guard !writer.rewriteAll, let old = current.manifest, let record = writer.previousRecord,
            old.files.count == files.count, let identity = FolderIdentity(path: current.url.path),
            identity.device == record.device, identity.inode == record.inode,
            old.folders == (writer.indexFolder.map { [$0] } ?? []),
            old.folders.allSatisfy({ PartedSearchIndex.isIntact(current.url.appendingPathComponent($0)) })
        else { return nil }
        var stamps: [String: FileStamp] = [:]
        var copies: [String: FileStamp] = [:]
        for file in files {
            guard !file.written, old.files[file.path]?.sha256 == file.stamp.sha256,
                let stamp = record.files[file.path], stamp.sha256 == file.stamp.sha256,
                stamp.matchesDisk(at: current.url.path + "/" + file.path)
            else { return nil }
            stamps[file.path] = stamp
            if let copyStamp = file.copyStamp { copies[file.path] = copyStamp }
        }
        return WriteResult(
            summary: WriteSummary(written: [], deleted: [], unchanged: files.count, clean: false),
            record: WriteRecord(device: record.device, inode: record.inode, files: stamps, copies: copies))
    }

    /// What `assemble` put in the staging folder.
    private struct Assembled {
        let summary: WriteSummary
        /// The stamps of the site's files, by site path.
        let stamps: [String: FileStamp]
        /// The stamps of the copied files' sources, by site path.
        let copies: [String: FileStamp]
        /// The site's folders that the old output may hold too, whose attributes the new ones
        /// take (`FolderAttributes`): none when it was empty.
        let sharedFolders: [String]
    }

    /// Fills the staging folder with what `add` left for the end: the user's files, the
    /// unchanged files of the previous site, the search index and the manifest.
    private func assemble(_ files: [StagedFile], index: (URL) throws -> Void) throws -> Assembled {
        let old = current.manifest
        let sitePaths = Set(files.map(\.path))
        let siteFolders = current.state == .empty ? [] : Set(files.flatMap { SitePaths.ancestors(of: $0.path) })
        // The user's files are found and carried while the unchanged files are linked: both
        // wait on the file system, one call per file.
        let (carried, linked) = inParallel(
            {
                Result {
                    guard self.current.state != .empty else {
                        return (carried: Set<String>(), replaced: [String](), kept: [String]())
                    }
                    return try self.carryUserFiles(sitePaths: sitePaths, siteFolders: siteFolders)
                }
            }, { self.linkUnchanged(files) })
        // What the new site puts in the staging folder: files, and folders taken whole.
        let users = try carried.get()
        var placed = sitePaths.union(users.carried)
        var entries: [String: OutputManifest.Entry] = [:]
        var stamps: [String: FileStamp] = [:]
        var copies: [String: FileStamp] = [:]
        var written: [String] = []
        for (file, linkedStamp) in zip(files, linked) {
            if let copyStamp = file.copyStamp { copies[file.path] = copyStamp }
            let stamp = try linkedStamp?.get() ?? file.stamp
            if file.written { written.append(file.path) }
            stamps[file.path] = stamp
            entries[file.path] = OutputManifest.Entry(size: stamp.size, sha256: stamp.sha256)
        }
        var folders: [String] = []
        if let indexFolder = writer.indexFolder {
            let unchanged = written.isEmpty && old.map { Set($0.files.keys) } == sitePaths
            let oldIndex = current.url.path + "/" + indexFolder
            placed.insert(indexFolder)
            if unchanged, old?.folders.contains(indexFolder) == true,
                PartedSearchIndex.isIntact(URL(fileURLWithPath: oldIndex))
            {
                try spare?.makeWay(forFolderOf: indexFolder)
                try TreeLinker.link(oldIndex, to: folder.path + "/" + indexFolder, folders: madeFolders)
            } else {
                // The indexer writes into what it finds, which may be the live index's files.
                try spare?.makeWay(for: indexFolder)
                try index(folder)
            }
            if FileManager.default.fileExists(atPath: folder.path + "/" + indexFolder) { folders.append(indexFolder) }
        } else {
            try index(folder)
        }
        let manifest = OutputManifest(files: entries, folders: folders)
        let finalPlaced = placed
        let (removal, encoded) = inParallel(
            { Result { try self.spare?.removeUnplaced(finalPlaced) } }, { manifest.encoded() })
        try removal.get()
        try encoded.write(to: folder.appendingPathComponent(OutputManifest.fileName))
        let kept = Set(users.kept)
        let deleted = (old?.files.keys.filter { !sitePaths.contains($0) && !kept.contains($0) } ?? []).sorted()
        var summary = WriteSummary(
            written: written, deleted: deleted, unchanged: files.count - written.count,
            clean: old == nil || writer.rewriteAll)
        summary.replaced = users.replaced
        summary.kept = users.kept
        return Assembled(summary: summary, stamps: stamps, copies: copies, sharedFolders: Array(siteFolders))
    }

    /// Links each of `files` that the previous site holds unchanged into the staging folder,
    /// on every core; returns the stamp of each file so linked (nil for one written already),
    /// in the order of `files`.
    private func linkUnchanged(_ files: [StagedFile]) -> [Result<FileStamp, any Error>?] {
        files.concurrentMap { file in
            guard let source = file.linkedFrom else { return nil }
            return Result {
                let destination = self.folder.path + "/" + file.path
                try self.spare?.makeWay(forFolderOf: file.path)
                let (placed, shared) = try TreeLinker.linkFile(source, to: destination, folders: self.madeFolders)
                let (size, modified) = FileStamp.sizeAndTime(of: placed)
                // Found intact while the site was rendered: it must not have been replaced since.
                // The very file linked says so; a copy, by its source once copied.
                let now = shared ? (size, modified) : FileStamp.sizeAndTime(source)
                guard let now, now == (file.stamp.size, file.stamp.modified) else {
                    throw OutputError(
                        "\(source) changed while the site was being built",
                        fix: "build again; pass --clean to render every page anew")
                }
                return FileStamp(size: size, modified: modified, sha256: file.stamp.sha256)
            }
        }
    }

    /// Links the user's files of the old output into the staging folder, and returns their site
    /// paths (files, and folders taken whole), and, sorted, those the site's files replace and
    /// the files of the previous site that were changed since they were written and are kept
    /// as the user's (`OutputManifest.withoutChangedFiles`). A user's file at a path the site
    /// now uses is an error, unless the build is forced (then the site's file wins).
    private func carryUserFiles(sitePaths: Set<String>, siteFolders: Set<String>) throws -> (
        carried: Set<String>, replaced: [String], kept: [String]
    ) {
        let kept = current.manifest?.withoutChangedFiles(leaving: sitePaths, in: current.url)
        let userFiles = try UserFiles.find(in: current.url, manifest: kept?.manifest, siteFolders: siteFolders)
        let clashing = userFiles.filter { sitePaths.contains($0) || siteFolders.contains($0) }
        let name = writer.output.path
        if !clashing.isEmpty, !current.force {
            let shown = clashing.prefix(5).joined(separator: ", ") + (clashing.count > 5 ? ", …" : "")
            throw OutputError(
                "files in \(name) that dossier did not write stand where the site now puts its own: \(shown)",
                fix: "move them out of \(name), or pass --force to replace them")
        }
        if let nested = NestedOutputs.held(in: current.url, userFiles: userFiles) {
            throw OutputError(
                "\(name) holds \(name)/\(nested.output), the output of another dossier build (\(name)/\(nested.file) "
                    + "is dossier's): this build would publish it with its own site, as files of yours",
                fix: "move \(name)/\(nested.output) out of \(name), or delete it, with the "
                    + ".\(nested.output.split(separator: "/").last ?? "").dossier-* files and folders beside it; "
                    + "then build each site into a folder of its own")
        }
        let clashes = Set(clashing)
        let carried = userFiles.filter { !clashes.contains($0) }
        // A file system mounted inside the output would be swapped away with the old site, and
        // the next build, taking that tree as its staging folder, would delete files on it.
        if let mount = MountPoints.inside(current.url.path).first {
            throw OutputError(
                "\(mount) is a mount point inside \(name): a build moves the old site aside, and the mounted "
                    + "file system would go with it",
                fix: "unmount it and mount it outside \(name), or build into another --output")
        }
        for path in carried {
            try spare?.makeWay(forFolderOf: path)
            try TreeLinker.link(current.url.path + "/" + path, to: folder.path + "/" + path, folders: madeFolders)
        }
        return (Set(carried), clashing.sorted(), kept?.changed ?? [])
    }

    /// Writes `file` at `destination` (a copied file from `copied`, its source's bytes when
    /// `digest` read them), over the file the spare tree has there when that one may be
    /// written in place (`FileBytes.overwrite`), else as a new file; returns the written file's
    /// size and time.
    private func write(_ file: RenderedFile, copied: [UInt8]?, to destination: String) throws -> (
        size: Int, modified: Int64
    ) {
        let bytes: [UInt8]
        switch file.content {
        case .bytes(let rendered): bytes = rendered
        case .copy(let source): bytes = try copied ?? FileBytes.read(source, atMost: FileStamp.largestCopy)
        case .unchanged(let sha256, let previous):
            // The old file changed between the build's start and now (edited by hand).
            guard let read = try? FileBytes.read(previous), FileStamp.sha256(read) == sha256 else {
                throw OutputError(
                    "\(previous) changed while the site was being built",
                    fix: "build again; pass --clean to render every page anew")
            }
            bytes = read
        }
        if let spare, spare.files.contains(file.path) {
            try spare.makeWay(forFolderOf: file.path)
            if let written = try FileBytes.overwrite(bytes, at: destination) { return written }
        }
        try spare?.makeWay(for: file.path)
        try madeFolders.makeParent(of: destination)
        return try FileBytes.write(bytes, to: destination)
    }
}

/// A flag set once, read from any thread (whether a staging folder was swapped in, or given up).
private final class OnceFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }

    func set() { lock.withLock { value = true } }

    /// Sets the flag; true if this call set it.
    func setFirst() -> Bool {
        lock.withLock {
            defer { value = true }
            return !value
        }
    }
}
