import DossierModel
import Foundation

/// The dossier source folder on disk: sorted listings, raw reads, and the display paths used
/// in diagnostics (`<sourceFolder>/<relative path>`).
struct SourceFolder: Sendable {
    /// The folder as the user gave it, without a trailing slash.
    let root: String
    /// The folder's real path; nil when it has none (it does not exist), and then nothing is read.
    let realRoot: String?
    /// The folder itself (`""`) and those of its `subfolders` that are folders, not links, when
    /// it was opened: an entry in one of them that is no link is where its path says
    /// (`place(of:)`), found with one `lstat` instead of resolving every part of its path.
    let plainFolders: Set<String>

    init(_ root: String) {
        let trimmed = Self.trimmed(root)
        self.root = trimmed
        self.realRoot = try? RealPath.resolve(trimmed).get()
        var plain: Set<String> = []
        if realRoot != nil {
            plain.insert("")
            for subfolder in Self.subfolders where Self.kind(of: trimmed + "/" + subfolder) == S_IFDIR {
                plain.insert(subfolder)
            }
        }
        plainFolders = plain
    }

    /// `root` without trailing slashes: the folder as diagnostics show it.
    static func trimmed(_ root: String) -> String {
        var trimmed = root
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        return trimmed
    }

    /// The type bits (`S_IFMT`) of the entry at `path` itself, a link not followed; nil when
    /// there is none.
    static func kind(of path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
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

    /// Visible folders directly inside `subfolder` (the top of the source for ""), sorted by
    /// name: dossier reads none of their files.
    func folders(in subfolder: String) -> [String] {
        if !subfolder.isEmpty {
            guard case .inside = place(of: subfolder) else { return [] }
        }
        let prefix = subfolder.isEmpty ? "" : subfolder + "/"
        return entries(in: subfolder.isEmpty ? "." : subfolder)
            .filter { entry in
                guard !entry.name.hasPrefix(".") else { return false }
                if entry.type == Int32(DT_DIR) { return true }
                guard entry.type == Int32(DT_UNKNOWN) || entry.type == Int32(DT_LNK) else { return false }
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: fullPath(prefix + entry.name), isDirectory: &isDirectory)
                    && isDirectory.boolValue
            }
            .map(\.name).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { prefix + $0 }
    }

    /// Visible regular files directly inside `subfolder`, sorted by name (byte order, so the
    /// result does not depend on the locale or the file system). None when the subfolder is
    /// a link out of the source folder (`linkDiagnostics` reports it once). An entry the
    /// listing says is a regular file is taken without another look-up; links (followed, as
    /// `fileExists` does) and entries of unknown type are looked up.
    func files(in subfolder: String) -> [String] {
        guard case .inside = place(of: subfolder) else { return [] }
        return entries(in: subfolder)
            .filter { !$0.name.hasPrefix(".") && ($0.type == Int32(DT_REG) || fileExists(subfolder + "/" + $0.name)) }
            .map(\.name)
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .map { subfolder + "/" + $0 }
    }

    /// The entries of `subfolder` with their type as the listing gives it (`FolderListing`).
    /// Names that are not UTF-8 are left out: they could not be named again to read them.
    func entries(in subfolder: String) -> [(name: String, type: Int32)] {
        (FolderListing.entries(of: fullPath(subfolder)) ?? []).compactMap { entry in
            entry.name.map { ($0, entry.type) }
        }
    }

    /// The bytes of a file found in the folder, or a diagnostic when it cannot be read. A file
    /// whose real path lies outside the source folder (through a link) is never read, nor one
    /// over `limit`.
    func bytes(_ relativePath: String, limit: SourceFileLimit? = nil) -> Result<[UInt8], Diagnostic> {
        if case .outside(let target) = place(of: relativePath) {
            return .failure(
                .error(
                    .linkOutsideSource,
                    "this is a link to \(target), outside the source folder \(root); it is not read",
                    at: SourceLocation(path: displayPath(relativePath)),
                    fix: "Copy the file into the source folder instead of linking to it, or remove the link."))
        }
        let kind = FileKind(atPath: fullPath(relativePath))
        guard !kind.isNotAFile else {
            return .failure(
                .error(
                    .unreadableFile, "this is \(kind), not a file: dossier reads regular files only",
                    at: SourceLocation(path: displayPath(relativePath)),
                    fix: "Put the file itself in its place, or remove it."))
        }
        var info = stat()
        if let limit, stat(fullPath(relativePath), &info) == 0,
            let tooLarge = limit.diagnostic(byteCount: Int(info.st_size), path: displayPath(relativePath))
        {
            return .failure(tooLarge)
        }
        guard let data = FileManager.default.contents(atPath: fullPath(relativePath)) else {
            return .failure(unreadable(relativePath))
        }
        return .success([UInt8](data))
    }

    /// Why the file at `relativePath`, which the build found (listed, or looked up) before it
    /// read it, could not be read: gone since, when nothing is at its path any more (an article
    /// deleted while `serve` rebuilt was said to be unreadable, "check that the file exists").
    private func unreadable(_ relativePath: String) -> Diagnostic {
        var info = stat()
        let removed = lstat(fullPath(relativePath), &info) != 0 && errno == ENOENT
        return .error(
            .unreadableFile,
            removed ? "the file was removed while the build was reading the source folder" : "cannot read the file",
            at: SourceLocation(path: displayPath(relativePath)),
            fix: removed
                ? "Build again: a file removed for good is left out of the site."
                : "Check that the file exists and is readable.")
    }
}
