import Foundation

/// The only writer of the output. It assembles the new site in a staging folder beside the
/// output, from three kinds of file: the user's files of the old output (linked), the site's
/// files whose bytes did not change (linked from the old output), and the rest (written); runs
/// the indexer over it; writes the manifest; and swaps it in with one atomic rename. Killed at
/// any moment, it leaves the whole old site or the whole new one, and at most a staging folder
/// beside it, which the next build removes. A failure changes nothing. When the output already
/// holds exactly the new site, as the last write left it, nothing is staged or swapped.
public struct SiteWriter: Sendable {
    /// The output, as inspected when the build started.
    public let output: OutputFolder
    /// What the previous write recorded, so files of the old site need not be read to be trusted.
    public var previousRecord: WriteRecord?
    /// Writes every file anew instead of linking unchanged ones (`--clean`).
    public var rewriteAll = false
    /// The folder that `index` makes from the pages (the search index): it belongs to the site
    /// whole, and when no file of the site changed the previous one is kept and `index` not run.
    public var indexFolder: String?

    /// A writer for `output`.
    public init(output: OutputFolder) {
        self.output = output
    }

    /// Writes `files` as the new site; `index` runs on the staging folder once the files are
    /// in it and may throw to abort the build.
    public func write(_ files: [RenderedFile], index: (URL) throws -> Void = { _ in }) throws -> WriteResult {
        let parent = output.url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let lock = try OutputLock(output: output.url, named: output.path)
        defer { withExtendedLifetime(lock) {} }
        StagingFolder.removeLeftovers(of: output.url)
        let current = try output.reinspected()
        let digests = try files.map(digest)
        if let unchanged = unchangedInPlace(files, digests: digests, current: current) {
            LegacyBuildCache.remove(for: output.url)
            return unchanged
        }
        let staging = try StagingFolder.make(for: output.url)
        do {
            let assembled = try assemble(files, digests: digests, over: current, in: staging, index: index)
            try AtomicSwap.swap(staging, into: output.url)
            try? FileManager.default.removeItem(at: staging)  // now the previous site
            LegacyBuildCache.remove(for: output.url)
            guard let identity = FolderIdentity(path: output.url.path) else {
                throw OutputError("\(output.path) vanished right after it was written")
            }
            let record = WriteRecord(
                device: identity.device, inode: identity.inode, files: assembled.stamps, copies: assembled.copies)
            return WriteResult(summary: assembled.summary, record: record)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }

    /// The hash of a file's bytes, and for a copied file the stamp of its source.
    private struct Digest {
        let sha256: String
        var copyStamp: FileStamp?
    }

    private func digest(_ file: RenderedFile) throws -> Digest {
        switch file.content {
        case .bytes(let bytes): return Digest(sha256: FileStamp.sha256(bytes))
        case .copy(let source):
            let stamp = try FileStamp.stamp(source, previous: previousRecord?.copies[file.path])
            return Digest(sha256: stamp.sha256, copyStamp: stamp)
        case .unchanged(let sha256, _): return Digest(sha256: sha256)
        }
    }

    /// The result of writing `files` when the output already holds exactly them, as the last
    /// write left them (same paths, hashes, sizes and times, same search index): the folder is
    /// kept as it is, with no staging folder and no swap. Nil when anything differs.
    private func unchangedInPlace(_ files: [RenderedFile], digests: [Digest], current: OutputFolder) -> WriteResult? {
        guard !rewriteAll, let old = current.manifest, let record = previousRecord, old.files.count == files.count,
            let identity = FolderIdentity(path: current.url.path), identity.device == record.device,
            identity.inode == record.inode, old.folders == (indexFolder.map { [$0] } ?? []),
            old.folders.allSatisfy({ FileManager.default.fileExists(atPath: current.url.path + "/" + $0) })
        else { return nil }
        var stamps: [String: FileStamp] = [:]
        var copies: [String: FileStamp] = [:]
        for (file, digest) in zip(files, digests) {
            guard old.files[file.path]?.sha256 == digest.sha256, let stamp = record.files[file.path],
                stamp.sha256 == digest.sha256, stamp.matchesDisk(at: current.url.path + "/" + file.path)
            else { return nil }
            stamps[file.path] = stamp
            if let copyStamp = digest.copyStamp { copies[file.path] = copyStamp }
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
    }

    /// Fills `staging` with the new site and its manifest.
    private func assemble(
        _ files: [RenderedFile], digests: [Digest], over current: OutputFolder, in staging: URL,
        index: (URL) throws -> Void
    ) throws -> Assembled {
        let old = current.manifest
        let previous = PreviousSite(output: current, record: previousRecord)
        let sitePaths = Set(files.map(\.path))
        let siteFolders = Set(files.flatMap { SitePaths.ancestors(of: $0.path) })
        if current.state != .empty {
            try carryUserFiles(from: current, sitePaths: sitePaths, siteFolders: siteFolders, into: staging)
        }
        var entries: [String: OutputManifest.Entry] = [:]
        var stamps: [String: FileStamp] = [:]
        var copies: [String: FileStamp] = [:]
        var written: [String] = []
        for (file, digest) in zip(files, digests) {
            let destination = staging.path + "/" + file.path
            let sha = digest.sha256
            if let copyStamp = digest.copyStamp { copies[file.path] = copyStamp }
            let oldPath = current.url.path + "/" + file.path
            if !rewriteAll, previous.isIntact(file.path, sha256: sha) {
                try TreeLinker.link(oldPath, to: destination)
            } else {
                try write(file, to: destination)
                written.append(file.path)
            }
            guard let (size, modified) = FileStamp.sizeAndTime(destination) else {
                throw OutputError("cannot read back \(destination)")
            }
            stamps[file.path] = FileStamp(size: size, modified: modified, sha256: sha)
            entries[file.path] = OutputManifest.Entry(size: size, sha256: sha)
        }
        var folders: [String] = []
        if let indexFolder {
            let unchanged = written.isEmpty && old.map { Set($0.files.keys) } == sitePaths
            let oldIndex = current.url.path + "/" + indexFolder
            if unchanged, old?.folders.contains(indexFolder) == true, FileManager.default.fileExists(atPath: oldIndex) {
                try TreeLinker.link(oldIndex, to: staging.path + "/" + indexFolder)
            } else {
                try index(staging)
            }
            if FileManager.default.fileExists(atPath: staging.path + "/" + indexFolder) { folders.append(indexFolder) }
        } else {
            try index(staging)
        }
        let manifest = OutputManifest(files: entries, folders: folders)
        try manifest.encoded().write(to: staging.appendingPathComponent(OutputManifest.fileName))
        let deleted = (old?.files.keys.filter { !sitePaths.contains($0) } ?? []).sorted()
        let summary = WriteSummary(
            written: written, deleted: deleted, unchanged: files.count - written.count, clean: old == nil || rewriteAll)
        return Assembled(summary: summary, stamps: stamps, copies: copies)
    }

    /// Links the user's files of the old output into `staging`. A user's file at a path the
    /// site now uses is an error, unless the build is forced (then the site's file wins).
    private func carryUserFiles(
        from current: OutputFolder, sitePaths: Set<String>, siteFolders: Set<String>, into staging: URL
    ) throws {
        let userFiles = try UserFiles.find(in: current.url, manifest: current.manifest, siteFolders: siteFolders)
        let clashing = userFiles.filter { sitePaths.contains($0) || siteFolders.contains($0) }
        if !clashing.isEmpty, !current.force {
            let shown = clashing.prefix(5).joined(separator: ", ") + (clashing.count > 5 ? ", …" : "")
            throw OutputError(
                "files in \(output.path) that dossier did not write stand where the site now puts its own: \(shown)",
                fix: "move them out of \(output.path), or pass --force to replace them")
        }
        let clashes = Set(clashing)
        for path in userFiles where !clashes.contains(path) {
            try TreeLinker.link(current.url.path + "/" + path, to: staging.path + "/" + path)
        }
    }

    private func write(_ file: RenderedFile, to destination: String) throws {
        try TreeLinker.makeParent(of: destination)
        let url = URL(fileURLWithPath: destination)
        switch file.content {
        case .bytes(let bytes): try Data(bytes).write(to: url)
        case .copy(let source): try Data(contentsOf: URL(fileURLWithPath: source)).write(to: url)
        case .unchanged(let sha256, let previous):
            // The old file changed between the build's start and now (edited by hand).
            guard let data = FileManager.default.contents(atPath: previous), FileStamp.sha256(data) == sha256 else {
                throw OutputError(
                    "\(previous) changed while the site was being built",
                    fix: "build again; pass --clean to render every page anew")
            }
            try data.write(to: url)
        }
    }
}

/// What a write did, and what the next build needs to know about the output.
public struct WriteResult: Sendable {
    /// What was written, linked and deleted.
    public let summary: WriteSummary
    /// The stamps of the files written, for the next build's cache.
    public let record: WriteRecord
}

/// What a write did, for `--verbose` and tests.
public struct WriteSummary: Sendable, Hashable {
    /// Site paths whose bytes were written (all of them for a first or `--clean` build), in plan order.
    public let written: [String]
    /// Site paths of the previous site that the new one no longer has.
    public let deleted: [String]
    /// Files carried over from the previous site unchanged.
    public let unchanged: Int
    /// True when every file was written anew: no previous site to build on, or `--clean`.
    public let clean: Bool
}
