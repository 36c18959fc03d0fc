import Foundation

/// What a write remembers about the output it made, so the next build can trust the files it
/// finds there without reading them again. Kept in the build cache, not in the output.
public struct WriteRecord: Sendable, Codable, Hashable {
    /// The output folder's device and inode after the swap: a record of another folder (the
    /// output replaced by hand, another output) is not trusted.
    let device: UInt64
    let inode: UInt64
    /// The stamp of every file written, by site path.
    var files: [String: FileStamp]
    /// The stamp of the source of every copied file, by site path, so unchanged originals and
    /// assets are not hashed again.
    var copies: [String: FileStamp]

    /// The stamp of site file `path`, when this record describes the folder `identity`.
    func stamp(of path: String, in identity: FolderIdentity?) -> FileStamp? {
        guard let identity, identity.device == device, identity.inode == inode else { return nil }
        return files[path]
    }
}

/// A folder's device and inode: what tells one folder from another that took its name.
struct FolderIdentity: Sendable, Hashable {
    let device: UInt64
    let inode: UInt64

    /// The identity of the folder at `path`, or nil when there is none.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
