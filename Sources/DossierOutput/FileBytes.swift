import Foundation

/// Writes a file of the staging folder with plain system calls.
///
/// `Data.write(to:)` of this toolchain's Foundation syncs every file to disk before it returns:
/// one `fsync` for each of a site's thousands of files (3,461 in a 1,000-article build). The
/// staging folder needs none of them one by one: nothing reads it before the swap, and
/// `StagingFolder.flush` syncs the whole file system once before the folder is swapped in.
enum FileBytes {
    /// Creates or truncates the file at `path` and writes `bytes` into it; returns the size and
    /// modification time the file has then (`FileStamp.sizeAndTime`, without another look-up).
    static func write(_ bytes: [UInt8], to path: String) throws -> (size: Int, modified: Int64) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure("cannot create", path) }
        defer { close(descriptor) }
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
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure("cannot read back", path) }
        return FileStamp.sizeAndTime(of: info)
    }

    /// The bytes of the file at `path`.
    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw failure("cannot read", path) }
        return [UInt8](data)
    }

    private static func failure(_ what: String, _ path: String) -> OutputError {
        OutputError("\(what) \(path): \(String(cString: strerror(errno)))")
    }
}
