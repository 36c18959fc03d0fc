import Foundation

/// Writes a built site over the previous build of the same output, touching only what changed:
/// files whose bytes differ are replaced (each by an atomic rename), files the new site does
/// not have are deleted, the rest is left alone. The result equals a clean build's.
///
/// Without a usable cache (first build, `--clean`, another version), it falls back to
/// `SiteWriter`'s clean build into a temporary folder swapped in whole.
struct IncrementalWriter: Sendable {
    let outputFolder: String
    let sourceFolder: String?
    /// The folder of the output that `beforeSwap` makes from the pages (the search index).
    /// When no file of the site changed and the folder exists, it is kept and `beforeSwap`
    /// is not run.
    var derivedFolder: String?

    /// Writes `files`, given the previous build's `cache` (nil for a clean build), and returns
    /// the summary and the output stamps for the next cache.
    func write(
        _ files: [RenderedFile], cache: BuildCache?, beforeSwap: (URL) throws -> Void
    ) throws -> (summary: WriteSummary, outputs: [String: FileStamp], inputs: [String: FileStamp]) {
        let output = URL(fileURLWithPath: outputFolder).standardizedFileURL
        var inputs: [String: FileStamp] = [:]
        let expected = try files.map { file -> (RenderedFile, String) in
            switch file.content {
            case .bytes(let bytes): return (file, FileStamp.sha256(bytes))
            case .copy(let source):
                let path = URL(fileURLWithPath: source).standardizedFileURL.path
                let stamp = try FileStamp.stamp(path, previous: cache?.inputs[path])
                inputs[path] = stamp
                return (file, stamp.sha256)
            }
        }
        guard let cache, FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path) else {
            try SiteWriter(outputFolder: outputFolder, sourceFolder: sourceFolder).write(files, beforeSwap: beforeSwap)
            let outputs = try stamps(of: expected, in: output)
            return (WriteSummary(written: files.map(\.path), deleted: [], unchanged: 0, clean: true), outputs, inputs)
        }
        try SiteWriter(outputFolder: outputFolder, sourceFolder: sourceFolder).checkSafeToReplace(output)
        // A write interrupted half-way must not leave a cache that vouches for the old files.
        BuildCache.remove(for: outputFolder)
        var written: [String] = []
        var outputs: [String: FileStamp] = [:]
        for (file, sha) in expected {
            let url = output.appendingPathComponent(file.path)
            if let old = cache.outputs[file.path], old.sha256 == sha, let disk = FileStamp.sizeAndTime(url.path),
                disk.size == old.size, disk.modified == old.modified
            {
                outputs[file.path] = old
                continue
            }
            try replace(url, with: file)
            written.append(file.path)
            outputs[file.path] = try FileStamp.stamp(url.path, previous: nil)
        }
        // Files the site no longer has go, and so does the previous search index, rebuilt
        // next, unless no page changed.
        let paths = Set(files.map(\.path))
        let kept = derivedFolder.flatMap { folder -> String? in
            let unchanged = written.isEmpty && paths == Set(cache.outputs.keys)
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(
                atPath: output.appendingPathComponent(folder).path, isDirectory: &isDirectory)
            return unchanged && exists && isDirectory.boolValue ? folder + "/" : nil
        }
        let deleted = try deleteFiles(notIn: paths, keepingFolder: kept, under: output)
        if kept == nil { try beforeSwap(output) }
        // Only files of the previous site are reported; the old search index and strays go silently.
        let summary = WriteSummary(
            written: written, deleted: deleted.filter { cache.outputs[$0] != nil },
            unchanged: files.count - written.count, clean: false)
        return (summary, outputs, inputs)
    }

    /// Writes one file beside its destination, then renames it over the destination.
    private func replace(_ destination: URL, with file: RenderedFile) throws {
        let folder = destination.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).tmp-\(UUID().uuidString)")
        switch file.content {
        case .bytes(let bytes): try Data(bytes).write(to: temporary)
        case .copy(let source): try Data(contentsOf: URL(fileURLWithPath: source)).write(to: temporary)
        }
        guard rename(temporary.path, destination.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw SiteError("cannot rename \(temporary.path) to \(destination.path): errno \(errno)")
        }
    }

    /// Deletes every file under `root` whose site path is not in `keep` or under `keptFolder`
    /// (which ends with a slash), then empty folders.
    private func deleteFiles(notIn keep: Set<String>, keepingFolder keptFolder: String?, under root: URL) throws
        -> [String]
    {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var deleted: [String] = []
        var folders: [String] = []
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: root.path + "/" + path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                folders.append(path)
            } else if !keep.contains(path), !(keptFolder.map(path.hasPrefix) ?? false) {
                try FileManager.default.removeItem(atPath: root.path + "/" + path)
                deleted.append(path)
            }
        }
        // Deepest first, so a folder emptied by removing its subfolders goes too.
        for folder in folders.sorted(by: { $0.count > $1.count }) {
            let full = root.path + "/" + folder
            if (try? FileManager.default.contentsOfDirectory(atPath: full))?.isEmpty == true {
                try FileManager.default.removeItem(atPath: full)
            }
        }
        return deleted.sorted()
    }

    /// The stamps of freshly written files (their hashes are already known).
    private func stamps(of files: [(RenderedFile, String)], in root: URL) throws -> [String: FileStamp] {
        var result: [String: FileStamp] = [:]
        for (file, sha) in files {
            guard let (size, modified) = FileStamp.sizeAndTime(root.appendingPathComponent(file.path).path) else {
                throw SiteError("cannot read back \(file.path) in \(root.path)")
            }
            result[file.path] = FileStamp(size: size, modified: modified, sha256: sha)
        }
        return result
    }
}

/// What a write did, for `--verbose` and tests.
public struct WriteSummary: Sendable, Hashable {
    /// Site paths written (all of them for a clean build), in plan order.
    public let written: [String]
    /// Site paths deleted because the new site no longer has them.
    public let deleted: [String]
    /// Files left as they were.
    public let unchanged: Int
    /// True when the whole output was rebuilt and swapped in.
    public let clean: Bool
}
