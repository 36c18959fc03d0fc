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

    /// Site file `path` as the content of the new site, when the previous site still holds it
    /// with hash `sha256`: the writer links it without reading it.
    public func unchanged(_ path: String, sha256: String) -> RenderedFile.Content? {
        guard isIntact(path, sha256: sha256) else { return nil }
        return .unchanged(sha256: sha256, previous: output.url.path + "/" + path)
    }

    /// True when site file `path` of the previous site still holds the bytes hashing to
    /// `sha256`; the file is not read when the record vouches for it.
    func isIntact(_ path: String, sha256: String) -> Bool {
        guard let file = listedFile(path, sha256: sha256) else { return false }
        if isVouchedFor(path, file: file, sha256: sha256) { return true }
        guard let data = FileManager.default.contents(atPath: file) else { return false }
        return FileStamp.sha256(data) == sha256
    }

    /// The file on disk of site path `path`, when the manifest lists it with `sha256` and it is
    /// a regular file.
    private func listedFile(_ path: String, sha256: String) -> String? {
        guard output.manifest?.files[path]?.sha256 == sha256 else { return nil }
        let file = output.url.path + "/" + path
        var info = stat()
        guard lstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return file
    }

    /// True when the last write's record of this folder has `path` with `sha256`, and the
    /// file's size and time are still the ones written.
    private func isVouchedFor(_ path: String, file: String, sha256: String) -> Bool {
        guard let stamp = record?.stamp(of: path, in: identity) else { return false }
        return stamp.sha256 == sha256 && stamp.matchesDisk(at: file)
    }
}
