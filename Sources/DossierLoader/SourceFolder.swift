import DossierModel
import Foundation

/// The dossier source folder on disk: sorted listings, raw reads, and the display paths used
/// in diagnostics (`<sourceFolder>/<relative path>`).
struct SourceFolder: Sendable {
    /// The folder as the user gave it, without a trailing slash.
    let root: String
    /// The folder's real path; nil when it has none (it does not exist), and then nothing is read.
    let realRoot: String?

    init(_ root: String) {
        var trimmed = root
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.root = trimmed
        self.realRoot = try? RealPath.resolve(trimmed).get()
    }

    /// The path shown to users for a file relative to the folder.
    func displayPath(_ relativePath: String) -> String { root + "/" + relativePath }

    /// The absolute or working-directory path used to read a file.
    func fullPath(_ relativePath: String) -> String { root + "/" + relativePath }

    /// True when the relative path names an existing regular file.
    func fileExists(_ relativePath: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: fullPath(relativePath), isDirectory: &isDirectory)
            && !isDirectory.boolValue
    }

    /// Visible regular files directly inside `subfolder`, sorted by name (byte order, so the
    /// result does not depend on the locale or the file system). None when the subfolder is
    /// a link out of the source folder (`linkDiagnostics` reports it once).
    func files(in subfolder: String) -> [String] {
        let path = fullPath(subfolder)
        guard case .inside = place(of: subfolder),
            let names = try? FileManager.default.contentsOfDirectory(atPath: path)
        else { return [] }
        return
            names
            .filter { !$0.hasPrefix(".") && fileExists(subfolder + "/" + $0) }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            .map { subfolder + "/" + $0 }
    }

    /// The bytes of a file, or a diagnostic when it cannot be read. A file whose real path
    /// lies outside the source folder (through a link) is never read.
    func bytes(_ relativePath: String) -> Result<[UInt8], Diagnostic> {
        if case .outside(let target) = place(of: relativePath) {
            return .failure(
                .error(
                    .linkOutsideSource,
                    "this is a link to \(target), outside the source folder \(root); it is not read",
                    at: SourceLocation(path: displayPath(relativePath)),
                    fix: "Copy the file into the source folder instead of linking to it, or remove the link."))
        }
        guard let data = FileManager.default.contents(atPath: fullPath(relativePath)) else {
            return .failure(
                .error(
                    .unreadableFile, "cannot read the file",
                    at: SourceLocation(path: displayPath(relativePath)),
                    fix: "Check that the file exists and is readable."))
        }
        return .success([UInt8](data))
    }
}
