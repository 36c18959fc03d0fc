import Foundation

/// The site the last build left in the output, as far as this build may trust it: a file is
/// taken as it is only when the manifest lists it with the expected hash and the file on disk
/// still holds those bytes (its size and time match the last write's record, or its bytes hash
/// to the same value).
public struct PreviousSite: Sendable {
    private let output: OutputFolder
    private let record: WriteRecord?
    private let identity: FolderIdentity?

    /// The previous site in `output`, with what the last write recorded about it.
    public init(output: OutputFolder, record: WriteRecord?) {
        self.output = output
        self.record = record
        identity = FolderIdentity(path: output.url.path)
    }

    /// Whether every file the last write recorded is among `paths`; false without a record.
    public func hasOnlyFiles(among paths: Set<String>) -> Bool {
        guard let record else { return false }
        return record.files.keys.allSatisfy(paths.contains)
    }

    /// Site file `path` as the content of the new site, when the previous site still holds it
    /// with hash `sha256`: the writer links it without reading it.
    public func unchanged(_ path: String, sha256: String) -> RenderedFile.Content? {
        guard intactSizeAndTime(path, sha256: sha256) != nil else { return nil }
        return .unchanged(sha256: sha256, previous: output.url.path + "/" + path)
    }

    /// The size and time of site file `path` of the previous site when it still holds the bytes
    /// hashing to `sha256` (nil otherwise): the manifest lists it with that hash, it is a regular
    /// file, and the last write's record vouches for its size and time or its bytes hash to
    /// `sha256`. One `lstat` when the record vouches for it; the file is read only when not.
    func intactSizeAndTime(_ path: String, sha256: String) -> (size: Int, modified: Int64)? {
        guard output.manifest?.files[path]?.sha256 == sha256 else { return nil }
        let file = output.url.path + "/" + path
        var info = stat()
        guard lstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let (size, modified) = FileStamp.sizeAndTime(of: info)
        if let stamp = record?.stamp(of: path, in: identity), stamp.sha256 == sha256, stamp.size == size,
            stamp.modified == modified
        {
            return (size, modified)
        }
        guard let data = FileManager.default.contents(atPath: file), FileStamp.sha256(data) == sha256 else {
            return nil
        }
        return (size, modified)
    }
}
