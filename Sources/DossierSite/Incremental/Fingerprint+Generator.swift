import DossierAnalysis
import DossierOutput
import Foundation

extension Fingerprint {
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
