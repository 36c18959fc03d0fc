import COutputSupport
import DossierModel
import Foundation

/// Writes a file of the staging folder with plain system calls.
///
/// `Data.write(to:)` of this toolchain's Foundation syncs every file to disk before it returns:
/// one `fsync` for each of a site's thousands of files (3,461 in a 1,000-article build). The
/// staging folder needs none of them one by one: nothing reads it before the swap, and
/// `StagingFolder.flush` syncs the whole file system once before the folder is swapped in.
package enum FileBytes {
    /// Creates or truncates the file at `path` and writes `bytes` into it; returns the size and
    /// modification time the file has then (`FileStamp.sizeAndTime`, without another look-up).
    /// With `startingWriteback`, the bytes are handed to the disk at once, without waiting for
    /// them: for the build cache's parts, tens of megabytes written beside the rendering, which
    /// the sync before the swap otherwise waited for (17-23 ms of an add to 1,000 articles, then
    /// 5-6 ms). Not for the site's files: handing each of a clean build's thousands to the disk
    /// as it was made slowed a 10,000-article build by 4-6 s.
    package static func write(_ bytes: [UInt8], to path: String, startingWriteback: Bool = false) throws -> (
        size: Int, modified: Int64
    ) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure("cannot create", path) }
        defer { close(descriptor) }
        return try write(bytes, into: descriptor, at: path, startingWriteback: startingWriteback)
    }

    /// The permission bits of a file `write` creates: those of mode 0666 that the process's
    /// file-creation mask leaves.
    static let newFileMode: mode_t = 0o666 & ~FolderAttributes.creationMask

    /// Writes `bytes` over the file at `path` (a file an earlier build left in the tree now
    /// taken as the staging folder), keeping the file itself, as `write` would write a new one;
    /// returns the size and modification time the file has then. Creating a file costs the
    /// kernel an inode, and on ext4 finding a free one walks past every inode freed in the last
    /// few minutes: in a clean build over the previous site, creating and unlinking the files
    /// took 14% of the build's samples.
    ///
    /// Returns nil, having changed nothing, unless the file is one that a new one would be in
    /// every way but its bytes: a regular file (never followed through a symbolic link) with
    /// no other name (a file the live site or anything else shares must never change), open
    /// nowhere else (a web server still sending it from when it was live reads it to the end
    /// unchanged), the builder's own, with the mode a new file gets. The caller then replaces
    /// it.
    package static func overwrite(_ bytes: [UInt8], at path: String) throws -> (size: Int, modified: Int64)? {
        let descriptor = dossier_open_to_write_over(path)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_nlink == 1,
            info.st_uid == geteuid(), info.st_gid == getegid(), info.st_mode & 0o7777 == newFileMode,
            dossier_is_open_only_here(descriptor) == 1
        else { return nil }
        // Old bytes past the blocks the new ones fill whole are cut first when the file is
        // longer than the new bytes, or when the block they are in is not cached: a block
        // written whole is not read first, but one written in part is, from the disk when it
        // is not cached (the last block of each page). Cutting to nothing would make ext4 hand
        // the file to the disk at its closing, as when a program replaces a file's contents.
        // Nothing is cut otherwise: on ext4 a cut waits on the journal, and cutting every file
        // (each the size it had) made the render stage of a clean build of 10,000 articles
        // over the previous site 9.2-9.7 s against 6.4-8.4 s. Never cutting made it 15.7-17.3 s
        // when the previous tree was no longer cached.
        let block = off_t(max(info.st_blksize, 512))
        let whole = off_t(bytes.count) / block * block
        if info.st_size > whole, info.st_size > bytes.count || dossier_is_cached(descriptor, whole) == 0 {
            guard ftruncate(descriptor, whole) == 0 else { throw failure("cannot write", path) }
        }
        try writeAll(bytes, into: descriptor, at: path)
        // With no bytes to write, the file's time is set as a new file's would be.
        if bytes.isEmpty { futimens(descriptor, nil) }
        guard fstat(descriptor, &info) == 0 else { throw failure("cannot read back", path) }
        return FileStamp.sizeAndTime(of: info)
    }

    /// Writes `bytes` into the open, empty file `descriptor` (at `path`, for errors); returns
    /// the size and modification time the file has then.
    private static func write(_ bytes: [UInt8], into descriptor: Int32, at path: String, startingWriteback: Bool)
        throws -> (size: Int, modified: Int64)
    {
        try writeAll(bytes, into: descriptor, at: path)
        // A hint: where it fails, the sync before the swap writes the file all the same.
        if startingWriteback { _ = dossier_start_writeback(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure("cannot read back", path) }
        return FileStamp.sizeAndTime(of: info)
    }

    /// Writes `bytes` at the start of the open file `descriptor` (at `path`, for errors).
    private static func writeAll(_ bytes: [UInt8], into descriptor: Int32, at path: String) throws {
        try bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }  // no bytes: the empty file is made
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw failure("cannot write", path)
                }
                offset += count
            }
        }
    }

    /// The bytes of the file at `path`, read straight into the array: through `Data`, a file
    /// of tens of megabytes (the build cache) was copied once more. Only a regular file is
    /// read: a named pipe in its place (one a copied dossier's cache folder carried) is opened
    /// without waiting for a writer, which hung the build, and refused like a device. A file
    /// of more than `limit` bytes is refused by its size, before any of it is read
    /// (`OversizedFile`): a 100 GB sparse file in the build cache was read whole.
    package static func read(_ path: String, atMost limit: Int = .max) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw failure("cannot read", path) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure("cannot read", path) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw OutputError(
                "cannot read \(path): it is not a regular file", fix: "remove it, or put the file itself there")
        }
        let size = Int(info.st_size)
        guard size <= limit else { throw OversizedFile(path: path, size: size, limit: limit) }
        // A file that shrank while it was read is taken as far as it went.
        return try [UInt8](unsafeUninitializedCapacity: size) { buffer, filled in
            filled = 0
            while filled < size, let base = buffer.baseAddress {
                let count = Foundation.read(descriptor, base + filled, size - filled)
                if count < 0, errno == EINTR { continue }
                guard count >= 0 else { throw failure("cannot read", path) }
                if count == 0 { break }
                filled += count
            }
        }
    }

    /// The error of the last call, at `path`, with what to do about it (a full disk: free
    /// some space).
    private static func failure(_ what: String, _ path: String) -> OutputError {
        let code = errno
        return OutputError("\(what) \(path): \(String(cString: strerror(code)))", fix: FileErrorText.fix(for: code))
    }
}
