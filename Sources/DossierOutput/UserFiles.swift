import DossierModel
import Foundation

/// The entries of an output that no build wrote: the user's (`CNAME`, `.htaccess`, `.git/`),
/// carried into every new site as they are.
enum UserFiles {
    /// The site paths of the entries under `root` that `manifest` does not own: files, symbolic
    /// links, and whole folders that hold nothing of ours or stand where a file of ours was.
    /// Folders that hold files of the old site (`manifest`) or of the new one (`siteFolders`)
    /// are looked into instead.
    static func find(in root: URL, manifest: OutputManifest?, siteFolders: Set<String>) throws -> [String] {
        var ownedFolders = siteFolders
        for path in manifest.map({ Array($0.files.keys) }) ?? [] {
            ownedFolders.formUnion(SitePaths.ancestors(of: path))
        }
        for folder in manifest?.folders ?? [] { ownedFolders.formUnion(SitePaths.ancestors(of: folder)) }
        var found: [String] = []
        func walk(_ relative: String) throws {
            let folder = relative.isEmpty ? root.path : root.path + "/" + relative
            // The listing's types, not a look at every entry: an output has thousands.
            guard let entries = FolderListing.entries(of: folder) else {
                throw OutputError("cannot list \(folder): \(String(cString: strerror(errno)))")
            }
            for entry in entries.sorted(by: { ($0.name ?? "") < ($1.name ?? "") }) {
                guard let name = entry.name else {
                    throw OutputError(
                        "\(folder) holds a file whose name is not UTF-8, which dossier cannot carry into the new site",
                        fix: "rename it or move it out of the output")
                }
                let path = relative.isEmpty ? name : relative + "/" + name
                // A folder where the old site had a file is the user's, made since.
                if manifest?.files[path] != nil, isFolder(entry, at: folder + "/" + name) {
                    found.append(path)
                    continue
                }
                if path == OutputManifest.fileName || manifest?.owns(path) == true { continue }
                if ownedFolders.contains(path), isFolder(entry, at: folder + "/" + name) {
                    try walk(path)
                } else {
                    found.append(path)
                }
            }
        }
        try walk("")
        return found
    }

    /// True for a real folder (not a symbolic link to one), as its listing says, or `lstat`
    /// where the file system does not say.
    static func isFolder(_ entry: FolderListing.Entry, at path: String) -> Bool {
        guard entry.type == Int32(DT_UNKNOWN) else { return entry.type == Int32(DT_DIR) }
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
