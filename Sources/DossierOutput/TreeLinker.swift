import DossierModel
import Foundation

/// Carries files from the previous output into a staging folder without copying their bytes:
/// a hard link shares the file, so the old site stays whole until the swap and the new one
/// gets the same file (same inode, same time). Where a link cannot be made (another file
/// system, a file system without hard links), the file is copied.
///
/// The staging folder may be an earlier build's tree (`SpareTree`): what stands at a
/// destination is kept when it is the source's very file, and replaced otherwise, never
/// written into (it may be a live file too).
enum TreeLinker {
    /// Makes `destination` the file, symbolic link or whole folder at `source` (a folder's
    /// entries that `source` lacks are removed), making the destination's parent folders as
    /// needed. Symbolic links are recreated, not followed; folders take the source's mode, owner
    /// and group. `folders` knows the destination folders already made.
    static func link(_ source: String, to destination: String, folders: MadeFolders) throws {
        let info = try status(of: source)
        if info.st_mode & S_IFMT == S_IFREG {
            _ = try placeFile(source, status: info, at: destination, folders: folders)
            return
        }
        try folders.makeParent(of: destination)
        var existing = stat()
        let exists = lstat(destination, &existing) == 0
        let isFolder = info.st_mode & S_IFMT == S_IFDIR
        if exists {
            if existing.st_dev == info.st_dev, existing.st_ino == info.st_ino { return }
            if !isFolder || existing.st_mode & S_IFMT != S_IFDIR { try remove(destination) }
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            try openForFilling(destination)
            let names = try FileManager.default.contentsOfDirectory(atPath: source)
            for name in names {
                try link(source + "/" + name, to: destination + "/" + name, folders: folders)
            }
            if exists {
                let kept = Set(names)
                for name in try FileManager.default.contentsOfDirectory(atPath: destination) where !kept.contains(name)
                {
                    try remove(destination + "/" + name)
                }
            }
            // Once it is filled: its mode may close it to its owner. `mkdir` leaves out the
            // set-group-ID bit and makes the folder the builder's.
            FolderAttributes.copy(from: source, to: destination)
        case S_IFLNK:
            let target = try FileManager.default.destinationOfSymbolicLink(atPath: source)
            try FileManager.default.createSymbolicLink(atPath: destination, withDestinationPath: target)
        default:
            if Foundation.link(source, destination) == 0 { return }
            try FileManager.default.copyItem(atPath: source, toPath: destination)
        }
    }

    /// Makes `destination` the regular file at `source`, as `link(_:to:folders:)` does, and
    /// returns the status of the file now at `destination` and whether it is `source`'s very
    /// file (the same inode: kept or hard-linked, not copied).
    static func linkFile(_ source: String, to destination: String, folders: MadeFolders) throws -> (
        status: stat, shared: Bool
    ) {
        let info = try status(of: source)
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw OutputError("\(source) is no longer a file", fix: "build again")
        }
        return try placeFile(source, status: info, at: destination, folders: folders)
    }

    /// Makes the folder `destination`, or opens the one standing there (an earlier build's,
    /// given the mode of the folder it copied), to its owner alone: the mode it is to take may
    /// close it even to its owner (a read-only folder of the user's, 0555), and a builder who is
    /// not root could then not put its files in it. `FolderAttributes.copy` gives the mode once
    /// it is filled; a folder left half filled stays open, for the build to remove.
    private static func openForFilling(_ destination: String) throws {
        if mkdir(destination, 0o700) == 0 { return }
        guard errno == EEXIST, chmod(destination, 0o700) == 0 else {
            throw OutputError("cannot create \(destination): \(String(cString: strerror(errno)))")
        }
    }

    /// The status of `path` itself (`lstat`: a symbolic link is not followed).
    private static func status(of path: String) throws -> stat {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            throw OutputError("cannot read \(path): \(String(cString: strerror(errno)))")
        }
        return info
    }

    /// Puts the regular file at `source`, whose status is `info`, at `destination`: kept when
    /// it is already the source's very file, without another look at it (an unchanged site
    /// links thousands of files, and each `lstat` counts), else hard-linked or, across file
    /// systems, copied. Returns the placed file's status and whether it is the source's inode.
    private static func placeFile(_ source: String, status info: stat, at destination: String, folders: MadeFolders)
        throws -> (status: stat, shared: Bool)
    {
        try folders.makeParent(of: destination)
        var existing = stat()
        if lstat(destination, &existing) == 0 {
            if existing.st_dev == info.st_dev, existing.st_ino == info.st_ino { return (existing, true) }
            try remove(destination)
        }
        let linked = Foundation.link(source, destination) == 0
        if !linked { try FileManager.default.copyItem(atPath: source, toPath: destination) }
        // The source may have been replaced between the look and the link: the inode says.
        let placed = try status(of: destination)
        return (placed, linked && placed.st_dev == info.st_dev && placed.st_ino == info.st_ino)
    }

    /// Removes the entry at `path`, a folder with what is in it; nothing when there is none.
    static func remove(_ path: String) throws {
        if unlink(path) == 0 || errno == ENOENT { return }
        guard errno == EISDIR || errno == EPERM else {
            throw OutputError("cannot remove \(path): \(String(cString: strerror(errno)))")
        }
        do {
            try FileManager.default.removeItem(atPath: path)
        } catch {
            throw OutputError("cannot remove \(path): \(FileErrorText(error)?.reason ?? "\(error)")")
        }
    }

    /// Makes the folder `path` and those above it, as `mkdir -p` does. Safe while other tasks
    /// make the same folders: one that appears meanwhile is taken as made.
    static func makeFolder(_ path: String) throws {
        if mkdir(path, 0o777) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, path != "/", !path.isEmpty else {
            throw OutputError("cannot create \(path): \(String(cString: strerror(errno)))")
        }
        try makeFolder(SitePaths.parent(of: path))
        guard mkdir(path, 0o777) == 0 || errno == EEXIST else {
            throw OutputError("cannot create \(path): \(String(cString: strerror(errno)))")
        }
    }
}
