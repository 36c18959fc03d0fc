import DossierModel
import Foundation

/// A tree an earlier build left beside the output (the previous site a swap set aside, or a
/// killed build's staging folder), taken as the new staging folder so that its folders need not
/// be made again, nor its files that are also the live site's linked again.
///
/// Making the folders of a site was half of a rebuild's write (1,570 `mkdir` for a 1,000-article
/// site: ext4's inode allocator walks past the inodes freed when the last tree was deleted), and
/// deleting the last tree cost the disk as much again.
///
/// Nothing in the tree is trusted, so any leftover, however far a killed build got in it, will
/// do: a file is kept only when it is the very file (same device and inode) that the new site
/// takes from the live output; a file the build writes is written over in place only when it is
/// the tree's alone and as a new file would be (`FileBytes.overwrite`: no other name, open
/// nowhere, the builder's, a new file's mode), and otherwise unlinked first and created anew
/// (it may share its inode with a live file, which must never change); and whatever the new
/// site does not place there is removed before the swap (`removeUnplaced`). Symbolic links and
/// other special entries are removed when the tree is taken, so no write can follow one out of
/// it.
struct SpareTree: Sendable {
    /// Site paths of the folders the tree had when it was taken.
    let folders: Set<String>
    /// Site paths of the files it had then (the old manifest aside, which is removed).
    let files: Set<String>
    private let root: String

    /// Takes one of `leftovers`, those beside `output`, as the staging folder `staging`: a
    /// previous site if there is one (it has every folder of a site; a killed build's staging
    /// folder may not). Returns it, if one could be taken, and the others.
    static func takeOne(of leftovers: [URL], for output: URL, as staging: URL) -> (SpareTree?, rest: [URL]) {
        var rest = leftovers
        let previousPrefix = StagingFolder.previousPrefix(for: output.lastPathComponent)
        guard
            let chosen = rest.firstIndex(where: { $0.lastPathComponent.hasPrefix(previousPrefix) })
                ?? rest.indices.first,
            let spare = take(rest[chosen], as: staging)
        else { return (nil, rest) }
        rest.remove(at: chosen)
        return (spare, rest)
    }

    /// Takes `leftover` as the staging folder `staging` (an empty folder, which it replaces),
    /// after listing it. Nil, leaving `leftover` where it is, when it is not a real folder or
    /// cannot be listed or moved.
    private static func take(_ leftover: URL, as staging: URL) -> SpareTree? {
        var info = stat()
        guard lstat(leftover.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return nil }
        var listing = Listing()
        guard Listing.mayChange(leftover.path), listing.walk(leftover.path, ""),
            rename(leftover.path, staging.path) == 0
        else { return nil }
        chmod(staging.path, FolderAttributes.newFolderMode)  // as a new staging folder
        return SpareTree(folders: listing.folders, files: listing.files, root: staging.path)
    }

    /// Makes way for a file that the build writes at site path `path`: removes what stands
    /// there, and any file where a folder above it must be.
    func makeWay(for path: String) throws {
        try makeWay(forFolderOf: path)
        if files.contains(path) || folders.contains(path) { try TreeLinker.remove(root + "/" + path) }
    }

    /// Removes any file that stands where a folder above site path `path` must be.
    func makeWay(forFolderOf path: String) throws {
        for ancestor in SitePaths.ancestors(of: path) where files.contains(ancestor) {
            // Another task may have replaced it with the folder already: that one stays.
            guard unlink(root + "/" + ancestor) == 0 || errno == ENOENT || errno == EISDIR else {
                throw OutputError("cannot remove \(root)/\(ancestor): \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Removes every entry the tree had that is not among `placed` (site paths of what the new
    /// site put there: files, and folders taken whole) nor a folder above one of them.
    func removeUnplaced(_ placed: Set<String>) throws {
        var needed: Set<String> = []
        for path in placed { needed.formUnion(SitePaths.ancestors(of: path)) }
        var removed: Set<String> = []
        // Sorted, so a folder comes before what is in it; only what is left over is sorted.
        let unplaced = folders.union(files).filter { !placed.contains($0) && !needed.contains($0) }
        for path in unplaced.sorted() {
            let ancestors = SitePaths.ancestors(of: path)
            // Inside a folder taken whole (its linking made it whole), or gone with its folder.
            if ancestors.contains(where: { placed.contains($0) || removed.contains($0) }) { continue }
            try TreeLinker.remove(root + "/" + path)
            removed.insert(path)
        }
    }

    /// The entries of a tree, found by walking it; its symbolic links, special files and old
    /// manifest are removed on the way.
    private struct Listing {
        var folders: Set<String> = []
        var files: Set<String> = []

        /// Lists folder `relative` of the tree at `root`; false when something could not be
        /// read or removed (the tree is then not taken).
        mutating func walk(_ root: String, _ relative: String) -> Bool {
            let path = relative.isEmpty ? root : root + "/" + relative
            guard let entries = FolderListing.entries(of: path) else { return false }
            for entry in entries {
                // A name that is not UTF-8 could not be named again to remove it.
                guard let name = entry.name else { return false }
                let child = relative.isEmpty ? name : relative + "/" + name
                switch kind(of: entry.type, at: path + "/" + name) {
                case Int32(DT_DIR):
                    folders.insert(child)
                    guard Self.mayChange(path + "/" + name), walk(root, child) else { return false }
                case Int32(DT_REG) where child != OutputManifest.fileName:
                    files.insert(child)
                default:
                    guard unlink(path + "/" + name) == 0 || errno == ENOENT else { return false }
                }
            }
            return true
        }

        /// Makes the folder at `path` one its owner may list and change, as the folders a build
        /// makes are: one the user made read-only in the live site (`chmod 555`) came here with
        /// the swap, and its files could not be removed or replaced, so every later build
        /// failed. False when that cannot be done.
        static func mayChange(_ path: String) -> Bool {
            var info = stat()
            guard lstat(path, &info) == 0 else { return false }
            let owner = mode_t(S_IRWXU)
            return info.st_mode & owner == owner || chmod(path, info.st_mode & 0o7777 | owner) == 0
        }

        /// The entry's type, from its directory entry or, where the file system does not say,
        /// from `lstat`.
        private func kind(of type: Int32, at path: String) -> Int32 {
            guard type == Int32(DT_UNKNOWN) else { return type }
            var info = stat()
            guard lstat(path, &info) == 0 else { return Int32(DT_UNKNOWN) }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return Int32(DT_DIR)
            case S_IFREG: return Int32(DT_REG)
            default: return Int32(DT_UNKNOWN)
            }
        }
    }
}
