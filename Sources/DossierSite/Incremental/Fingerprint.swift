import Crypto
import DossierOutput
import Foundation

/// Stable digests of what a page's bytes depend on, for skipping unchanged work between builds.
/// Unlike `Hasher`, the result is the same in every process, so it can be kept in the build cache.
enum Fingerprint {
    /// Lower-case hex SHA-256 of `salt` followed by the `DigestEncoder` bytes of `value`
    /// (dictionaries and sets sorted, so the digest does not depend on their order).
    static func of<Value: Encodable>(_ value: Value, salt: String = "") throws -> String {
        let encoder = DigestEncoder()
        encoder.appendString(salt)
        try encoder.append(value)
        return FileStamp.hex(encoder.finalize())
    }

    /// The digest of a `DigestConstant`'s reference value, written field by field (a random
    /// string should encoding fail, so that no page then matches a previous build's).
    static func constant(_ value: some DigestConstant) -> String {
        let encoder = DigestEncoder()
        encoder.appendString("")
        do {
            try encoder.appendContents(of: value)
        } catch {
            return UUID().uuidString
        }
        return FileStamp.hex(encoder.finalize())
    }

    /// The digest of the running executable's path, size and modification time: a new
    /// `dossier` binary (a new version, or a developer's rebuild) reads and renders everything
    /// again. A digest, so the build cache holds no absolute path. It reads the disk, so the
    /// builder calls it once, before the pipeline starts.
    static func generator() -> String {
        let executable =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first ?? ""
        guard let stamp = FileStamp.sizeAndTime(executable) else { return "unknown-generator" }
        return (try? of([executable, String(stamp.size), String(stamp.modified)])) ?? "unknown-generator"
    }
}
