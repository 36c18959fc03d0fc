import DossierModel
import Foundation

/// Other dossier outputs around an output. A build carries every file of its output that it
/// did not write into the new site, so with `--output o` and `--output o/inner` the site of
/// `o` took `.inner.dossier-lock` and a whole older copy of the inner site (its
/// `.inner.dossier-previous-*`) as the user's files and published them. An output inside
/// another one, or holding another one, is refused instead.
enum NestedOutputs {
    /// What marks a folder as an output dossier builds into.
    struct Mark: Sendable, Hashable {
        /// The output's real path.
        let output: String
        /// The file that marks it: the manifest inside it, or the lock file beside it.
        let file: String
    }

    /// The first folder above `real` (a real path) that is a dossier output, nearest first:
    /// it holds a manifest, or has a lock file beside it.
    static func enclosing(_ real: String) -> Mark? {
        var folder = URL(fileURLWithPath: real).deletingLastPathComponent()
        while folder.path != "/" {
            if let mark = mark(of: folder) { return mark }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// The first of `userFiles` (site paths under `root`, as `UserFiles.find` gives them) that
    /// is dossier's manifest or lock file, or a folder holding one: the mark of another output
    /// inside `root`, its paths relative to `root`.
    static func held(in root: URL, userFiles: [String]) -> Mark? {
        for path in userFiles {
            if let mark = markFile(path) { return mark }
            var info = stat()
            if lstat(root.path + "/" + path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR,
                let mark = heldBelow(root.path, path)
            {
                return mark
            }
        }
        return nil
    }

    /// The mark of `folder`, if it is an output: its manifest, or its lock file beside it.
    private static func mark(of folder: URL) -> Mark? {
        let manifest = folder.appendingPathComponent(OutputManifest.fileName).path
        if exists(manifest) { return Mark(output: folder.path, file: manifest) }
        let lock = folder.deletingLastPathComponent().appendingPathComponent(OutputLock.fileName(for: folder)).path
        if exists(lock) { return Mark(output: folder.path, file: lock) }
        return nil
    }

    /// The mark that the file at site path `path` is, if it is the manifest or a lock file of
    /// an output: the output is the manifest's folder, or the lock's folder and the name the
    /// lock's name is made from.
    private static func markFile(_ path: String) -> Mark? {
        // Split by hand: `NSString.deletingLastPathComponent` crashed on a site path in the tests.
        let slash = path.lastIndex(of: "/")
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let parent = slash.map { String(path[..<$0]) } ?? ""
        if name == OutputManifest.fileName, !parent.isEmpty { return Mark(output: parent, file: path) }
        let suffix = ".dossier-lock"
        guard name.hasPrefix("."), name.hasSuffix(suffix), name.count > suffix.count + 1 else { return nil }
        let stem = String(name.dropFirst().dropLast(suffix.count))
        return Mark(output: parent.isEmpty ? stem : parent + "/" + stem, file: path)
    }

    /// The first mark in the folder at site path `path` under `root` or its folders (links to
    /// folders are not followed).
    private static func heldBelow(_ root: String, _ path: String) -> Mark? {
        guard let entries = FolderListing.entries(of: root + "/" + path) else { return nil }
        for entry in entries.sorted(by: { ($0.name ?? "") < ($1.name ?? "") }) {
            guard let name = entry.name else { continue }
            let inner = path + "/" + name
            if let mark = markFile(inner) { return mark }
            if UserFiles.isFolder(entry, at: root + "/" + inner), let mark = heldBelow(root, inner) { return mark }
        }
        return nil
    }

    /// True when an entry of any kind is at `path` (a link is not followed).
    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }
}
