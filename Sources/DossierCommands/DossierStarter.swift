import DossierModel
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
        } else if let target = try? manager.destinationOfSymbolicLink(atPath: folder) {
            throw CommandError(
                "\(folder) is a link to \(target), which is not there; remove the link or choose another path")
        }
        let root = URL(fileURLWithPath: folder)
        // What this call made, in order: removed again if it cannot finish (a disk that is
        // full, a place it may not write to), so that `init` can be run again once that is fixed.
        var made: [URL] = []
        do {
            for (path, text) in StarterFiles.all {
                let url = root.appendingPathComponent(path)
                // Counted before they are made: a file cut short by a full disk is there too.
                made += missingFolders(url.deletingLastPathComponent())
                if !occupied(url.path) { made.append(url) }
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                // `.withoutOverwriting`: a file created since the check above is left alone.
                try Data(text.utf8).write(to: url, options: .withoutOverwriting)
            }
        } catch {
            for url in made.reversed() { try? manager.removeItem(at: url) }
            let cause = FileErrorText(error)
            throw CommandError(
                "cannot write \(cause?.path ?? folder) for the new dossier: \(cause?.reason ?? "\(error)"); "
                    + "what init had written was removed" + (cause?.fix.map { "\n  fix: " + $0 } ?? ""))
        }
    }

    /// The folders from `folder` up to the first that exists, outermost first: those that
    /// creating `folder` makes.
    private static func missingFolders(_ folder: URL) -> [URL] {
        var missing: [URL] = []
        var current = folder.standardizedFileURL
        while !occupied(current.path), current.path != "/" {
            missing.insert(current, at: 0)
            current = current.deletingLastPathComponent()
        }
        return missing
    }

    /// True when anything is at `path`, a link to nothing included: what init may remove
    /// again is only what was not there.
    private static func occupied(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }
}
