import Foundation

extension OutputManifest {
    /// This manifest without the files that a new site no longer has (not in `sitePaths`) and
    /// whose bytes under `root` are no longer those recorded, and their site paths, sorted.
    ///
    /// The manifest says which files are ours to delete; a file changed by hand since it was
    /// written (or a manifest naming a file it never wrote) is the user's now, so the build
    /// keeps it as one of the user's files instead of deleting it. Only files about to be
    /// dropped are read, so a build reads the few files of deleted pages, not the whole site.
    func withoutChangedFiles(leaving sitePaths: Set<String>, in root: URL) -> (
        manifest: OutputManifest, changed: [String]
    ) {
        var trusted = self
        var changed: [String] = []
        for (path, entry) in files where !sitePaths.contains(path) {
            let file = root.path + "/" + path
            var info = stat()
            // A path gone from the disk is no one's: nothing to keep.
            guard lstat(file, &info) == 0, !Self.holds(entry, at: file, status: info) else { continue }
            trusted.files[path] = nil
            changed.append(path)
        }
        return (trusted, changed.sorted())
    }

    /// True when the file at `path`, whose status is `info`, is a regular file with `entry`'s
    /// size and bytes.
    private static func holds(_ entry: Entry, at path: String, status info: stat) -> Bool {
        guard info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == entry.size, let bytes = try? FileBytes.read(path)
        else { return false }
        return FileStamp.sha256(bytes) == entry.sha256
    }
}
