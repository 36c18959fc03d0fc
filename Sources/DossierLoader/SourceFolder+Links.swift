import DossierModel
import Foundation

/// Symbolic links in the source folder: where an entry really is, and a warning for each link
/// the loader cannot use (dangling, looping, or linking a folder in), so none is skipped silently.
extension SourceFolder {
    /// Where an entry of the folder is once every link on its path is resolved.
    enum Place: Equatable {
        /// Inside the source folder, at this real path.
        case inside(String)
        /// Outside the source folder, at this real path: never read.
        case outside(String)
        /// Nowhere: missing, a dangling link, or a link loop.
        case unresolved(RealPath.Failure)
    }

    /// The files the loader looks for at the top of the folder.
    static let topFiles = ["dossier.yml", "index.md", "timeline.yml"]
    /// The subfolders the loader lists.
    static let subfolders = ["articles", "actors", "topics", "outlets", "notes"]

    /// Where `relativePath` really is: in one of the `plainFolders` and no link itself, right
    /// where its path says (one `lstat`); else where resolving every link on its path leads.
    func place(of relativePath: String) -> Place {
        guard let realRoot else { return .unresolved(.missing) }
        let slash = relativePath.lastIndex(of: "/")
        let parent = slash.map { String(relativePath[..<$0]) } ?? ""
        if plainFolders.contains(parent), let kind = Self.kind(of: fullPath(relativePath)),
            kind == S_IFREG || kind == S_IFDIR
        {
            return .inside((realRoot == "/" ? "" : realRoot) + "/" + relativePath)
        }
        switch RealPath.resolve(fullPath(relativePath)) {
        case .failure(let failure): return .unresolved(failure)
        case .success(let real): return RealPath.isInside(real, folder: realRoot) ? .inside(real) : .outside(real)
        }
    }

    /// A diagnostic for every link the loader would otherwise skip without a word: dangling
    /// links and loops (warnings), links to folders inside a listed subfolder (warnings: the
    /// loader reads no nested folders), and a listed subfolder that links out (an error; its
    /// files are not read). Links to files out of the folder get their error when read.
    func linkDiagnostics() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for name in Self.topFiles + Self.subfolders where isLink(name) {
            diagnostics += linkDiagnostic(name, expectsFolder: Self.subfolders.contains(name))
        }
        for subfolder in Self.subfolders {
            guard case .inside = place(of: subfolder) else { continue }
            let listed: [FolderListing.Entry]
            switch FolderListing.listing(of: fullPath(subfolder)) {
            case .success(let entries):
                listed = entries
            case .failure(let failure):
                if let unlisted = unlistedFolderDiagnostic(subfolder, failure) { diagnostics.append(unlisted) }
                continue
            }
            // Only entries the listing calls links, or does not type, need a look-up.
            let candidates = listed.filter { $0.type == Int32(DT_LNK) || $0.type == Int32(DT_UNKNOWN) }
                .compactMap(\.name)
            for name in candidates.sorted() where !name.hasPrefix(".") && isLink(subfolder + "/" + name) {
                diagnostics += linkDiagnostic(subfolder + "/" + name, expectsFolder: false)
            }
        }
        return diagnostics
    }

    /// An error for a subfolder that could not be listed, saying why (`failure`: no read or
    /// search permission, too many open files), when it is a folder: its files would otherwise
    /// be left out of the site without a word.
    private func unlistedFolderDiagnostic(_ subfolder: String, _ failure: FolderListing.Failure) -> Diagnostic? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: fullPath(subfolder), isDirectory: &isFolder), isFolder.boolValue
        else { return nil }
        let text = ListingFailureText(
            failure,
            permissionFix: "Let the user who builds read and enter the folder (for example `chmod u+rx \(subfolder)`).")
        return .error(
            .sourceUnreadable, "cannot list the folder's files (\(text.reason)); none of them would be in the site",
            at: SourceLocation(path: displayPath(subfolder)), fix: text.fix)
    }

    /// Whether the entry itself is a symbolic link (`lstat`: `FileManager.attributesOfItem`
    /// also looks up the owner's user and group names, reading `/etc/passwd` for every file).
    func isLink(_ relativePath: String) -> Bool {
        Self.kind(of: fullPath(relativePath)) == S_IFLNK
    }

    /// What the link at `relativePath` says, as written (for messages about links that lead nowhere).
    private func linkText(_ relativePath: String) -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: fullPath(relativePath))) ?? "?"
    }

    private func linkDiagnostic(_ relativePath: String, expectsFolder: Bool) -> [Diagnostic] {
        let location = SourceLocation(path: displayPath(relativePath))
        switch place(of: relativePath) {
        case .unresolved(.loop):
            return [
                .warning(
                    .linkLoop, "this link leads back to itself (through \(linkText(relativePath))); it is skipped",
                    at: location, fix: "Point the link at a real file, or remove it.")
            ]
        case .unresolved:
            return [
                .warning(
                    .danglingLink,
                    "this link points to \(linkText(relativePath)), which does not exist; it is skipped",
                    at: location, fix: "Point the link at an existing file inside the source folder, or remove it.")
            ]
        case .outside(let target) where expectsFolder:
            return [
                .error(
                    .linkOutsideSource,
                    "this folder is a link to \(target), outside the source folder \(root); its files are not read",
                    at: location, fix: "Move the folder into the source folder instead of linking to it.")
            ]
        case .inside(let target), .outside(let target):
            var isDirectory: ObjCBool = false
            guard !expectsFolder, FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory),
                isDirectory.boolValue
            else { return [] }
            return [
                .warning(
                    .folderLink,
                    "this is a link to the folder \(target); folders here are not read, so it is skipped",
                    at: location, fix: "Link or copy the files themselves, or remove the link.")
            ]
        }
    }
}
