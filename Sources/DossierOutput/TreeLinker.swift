import Foundation

/// Carries files from the previous output into a staging folder without copying their bytes:
/// a hard link shares the file, so the old site stays whole until the swap and the new one
/// gets the same file (same inode, same time). Where a link cannot be made (another file
/// system, a file system without hard links), the file is copied.
enum TreeLinker {
    /// Links the file, symbolic link or whole folder at `source` to `destination`, making the
    /// destination's parent folders as needed. Symbolic links are recreated, not followed.
    /// `folders` knows the destination folders already made.
    static func link(_ source: String, to destination: String, folders: MadeFolders) throws {
        var info = stat()
        guard lstat(source, &info) == 0 else {
            throw OutputError("cannot read \(source): \(String(cString: strerror(errno)))")
        }
        try folders.makeParent(of: destination)
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            guard mkdir(destination, info.st_mode & 0o7777) == 0 || errno == EEXIST else {
                throw OutputError("cannot create \(destination): \(String(cString: strerror(errno)))")
            }
            for name in try FileManager.default.contentsOfDirectory(atPath: source) {
                try link(source + "/" + name, to: destination + "/" + name, folders: folders)
            }
        case S_IFLNK:
            let target = try FileManager.default.destinationOfSymbolicLink(atPath: source)
            try FileManager.default.createSymbolicLink(atPath: destination, withDestinationPath: target)
        default:
            if Foundation.link(source, destination) == 0 { return }
            try FileManager.default.copyItem(atPath: source, toPath: destination)
        }
    }

    /// Makes the folder `path` and those above it, as `mkdir -p` does. Safe while other tasks
    /// make the same folders: one that appears meanwhile is taken as made.
    static func makeFolder(_ path: String) throws {
        if mkdir(path, 0o777) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, path != "/", !path.isEmpty else {
            throw OutputError("cannot create \(path): \(String(cString: strerror(errno)))")
        }
        try makeFolder((path as NSString).deletingLastPathComponent)
        guard mkdir(path, 0o777) == 0 || errno == EEXIST else {
            throw OutputError("cannot create \(path): \(String(cString: strerror(errno)))")
        }
    }
}
