import Foundation

/// A new file written whole or not at all: its bytes go to a hidden file beside it first, which
/// is then linked under its name. A disk that fills, or a process killed, part way leaves no
/// file cut short under the name (a build would publish it as an article), and a file that
/// appeared under the name meanwhile is never overwritten.
enum WholeFile {
    /// Writes `bytes` as the new file `url`; throws, having written nothing under that name,
    /// when a file is already there or the bytes cannot all be written.
    static func create(_ bytes: [UInt8], at url: URL) throws {
        let partial = try writePartial(bytes, beside: url)
        defer { unlink(partial) }
        guard link(partial, url.path) == 0 else { throw failure(errno, at: url) }
    }

    /// A hidden file beside `url` holding `bytes`, readable as a saved file is (0644).
    private static func writePartial(_ bytes: [UInt8], beside url: URL) throws -> String {
        let hidden = url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".dossier-partial-XXXXXX"
        var template = Array(hidden.utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { $0.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { throw failure(errno, at: url) }
        let partial = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                buffer.baseAddress.map { write(descriptor, $0 + offset, bytes.count - offset) } ?? 0
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                let code = count < 0 ? errno : ENOSPC
                close(descriptor)
                unlink(partial)
                throw failure(code, at: url)
            }
            offset += count
        }
        fchmod(descriptor, 0o644)
        guard close(descriptor) == 0 else {
            let code = errno
            unlink(partial)
            throw failure(code, at: url)
        }
        return partial
    }

    /// The error `code` of writing `url`, as Foundation reports one (`FileErrorText` reads it).
    private static func failure(_ code: Int32, at url: URL) -> NSError {
        NSError(
            domain: NSCocoaErrorDomain,
            code: code == EEXIST ? CocoaError.fileWriteFileExists.rawValue : CocoaError.fileWriteUnknown.rawValue,
            userInfo: [
                NSFilePathErrorKey: url.path,
                NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(code)),
            ])
    }
}
