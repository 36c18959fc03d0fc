/// A file of the new site once handed to `SiteStaging`: its bytes are on disk (written into the
/// staging folder, or the previous site's file that the swap links in), and what is kept in
/// memory is only what the manifest and the next build need.
public struct StagedFile: Sendable, Hashable {
    /// The path from the site root.
    public let path: String
    /// The size, time and hash of the file's bytes: the staged file's, or the previous site's
    /// file as it was when it was found intact.
    let stamp: FileStamp
    /// For a copied file, the stamp of its source (kept so it need not be hashed again).
    let copyStamp: FileStamp?
    /// The previous site's file that the new site takes as it is (linked when the staging is
    /// finished); nil when the bytes were written into the staging folder.
    let linkedFrom: String?
    /// Where the file's bytes can be read until the build ends (absolute path).
    public let location: String

    /// The SHA-256 of the file's bytes, lower-case hex.
    public var sha256: String { stamp.sha256 }

    /// True when the bytes were written into the staging folder, not taken from the previous site.
    var written: Bool { linkedFrom == nil }
}
