import Crypto
import DossierModel
import Foundation

/// What a build remembers about a file: size and modification time (the fast check) and
/// the SHA-256 of its bytes (computed again only when size or time changed).
public struct FileStamp: Sendable, Hashable, Codable {
    /// The size in bytes.
    public let size: Int
    /// Modification time in nanoseconds since 1970.
    public let modified: Int64
    /// Lower-case hex SHA-256 of the bytes.
    public let sha256: String

    /// The stamp of a file of `size` bytes modified at `modified` whose hash is `sha256`.
    public init(size: Int, modified: Int64, sha256: String) {
        self.size = size
        self.modified = modified
        self.sha256 = sha256
    }

    /// The size and time of the file at `path` (not following a final symbolic link), or nil
    /// when there is none.
    public static func sizeAndTime(_ path: String) -> (size: Int, modified: Int64)? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return sizeAndTime(of: info)
    }

    /// The size and time of a file whose status is `info`.
    static func sizeAndTime(of info: stat) -> (size: Int, modified: Int64) {
        (Int(info.st_size), Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }

    /// The size of the file `path` leads to, following links, and the later of its modification
    /// and status-change times: what a source copied into the site is known unchanged by. A
    /// link's own time stays when its target is edited, and an edit that puts the modification
    /// time back (`touch -r`, `cp -p`, `rsync -t`, `tar x`) still moves the status-change time,
    /// which no program can set.
    static func sizeAndChangeTime(_ path: String) -> (size: Int, modified: Int64)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        let (size, modified) = sizeAndTime(of: info)
        return (size, max(modified, changed))
    }

    /// The most bytes of a file copied into the site (a template's asset, an article's
    /// original): it is read whole into memory to be hashed and copied, and no web host takes a
    /// file near this size (GitHub Pages none over 100 MB). A 100 GB sparse file in the
    /// templates' `assets/` was read for minutes, until memory ran out.
    static let largestCopy = 1_000_000_000

    /// The stamp of the source file at `path` (`sizeAndChangeTime`), reusing `previous`'s hash
    /// when size and time match; with the file's bytes when they had to be read to hash them,
    /// so that a caller copying the file need not read it again. Throws, reading nothing, for
    /// a file of more than `limit` bytes.
    static func stamp(_ path: String, previous: FileStamp?, atMost limit: Int = largestCopy) throws -> (
        stamp: FileStamp, bytes: [UInt8]?
    ) {
        guard let (size, modified) = sizeAndChangeTime(path) else { throw OutputError("cannot read \(path)") }
        guard size <= limit else {
            throw OutputError(
                "\(path) has \(DecimalByteCount.text(size)), more than a file copied into the site may have "
                    + "(\(DecimalByteCount.text(limit)))",
                fix: "remove it, or put it on a host of its own and link to it: no web host takes a file that large")
        }
        if let previous, previous.size == size, previous.modified == modified { return (previous, nil) }
        let bytes = try FileBytes.read(path)
        return (FileStamp(size: size, modified: modified, sha256: sha256(bytes)), bytes)
    }

    /// True when the file at `path` still has this stamp's size and time.
    func matchesDisk(at path: String) -> Bool {
        guard let (size, modified) = FileStamp.sizeAndTime(path) else { return false }
        return size == self.size && modified == self.modified
    }

    /// Lower-case hex SHA-256 of `bytes`.
    public static func sha256<Bytes: DataProtocol>(_ bytes: Bytes) -> String {
        Hex.lowercase(SHA256.hash(data: bytes))
    }
}
