import Foundation

/// `dossier init`: writes a new dossier source folder that builds at once.
public enum DossierStarter {
    /// The files `init` writes, as paths relative to the folder, in the order written.
    public static var filePaths: [String] { StarterFiles.all.map(\.path) }

    /// Writes the starter dossier into `folder`, creating it when absent. Refuses a folder that
    /// holds anything but a `.git` folder (so `git init` may come first), and a path that is
    /// not a folder; never overwrites a file.
    public static func write(into folder: String) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw CommandError("\(folder) exists and is not a folder; choose another path")
            }
            let entries = try manager.contentsOfDirectory(atPath: folder).filter { $0 != ".git" }.sorted()
            guard entries.isEmpty else {
                let shown = entries.prefix(3).joined(separator: ", ") + (entries.count > 3 ? ", …" : "")
                throw CommandError(
                    "\(folder) is not empty (\(shown)); `dossier init` writes only into a new or empty folder")
            }
        }
        let root = URL(fileURLWithPath: folder)
        for (path, text) in StarterFiles.all {
            let url = root.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // `.withoutOverwriting`: a file created since the check above is left alone.
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        }
    }
}
