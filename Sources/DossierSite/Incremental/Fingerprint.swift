import Crypto
import DossierOutput
import Foundation

/// Stable digests of what a page's bytes depend on, for skipping unchanged work between builds.
/// Unlike `Hasher`, the result is the same in every process, so it can be kept in the build cache.
enum Fingerprint {
    /// Lower-case hex SHA-256 of `salt` followed by the JSON encoding of `value` (keys sorted,
    /// so the digest does not depend on dictionary order).
    static func of<Value: Encodable>(_ value: Value, salt: String = "") throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var hash = SHA256()
        hash.update(data: Array(salt.utf8))
        hash.update(data: try encoder.encode(value))
        return FileStamp.hex(hash.finalize())
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
