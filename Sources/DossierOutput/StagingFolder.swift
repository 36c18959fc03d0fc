import COutputSupport
import Foundation

/// Where a new site is assembled: a folder beside the output (so it is on the same file system
/// and can be swapped in by one rename), never inside it, so no half-written file is ever served.
/// After the swap it holds the previous site, and is renamed to say so (`retire`); a build
/// killed at any moment leaves at most such folders. The next build into the same output takes
/// one as its own staging folder (`SpareTree`) and removes the others in the background while it
/// renders (`LeftoverRemoval`): deleting a whole site's tree of folders waits on the disk for
/// seconds, and a build need not.
enum StagingFolder {
    /// The name prefix of the staging folders of the output named `name`.
    static func prefix(for name: String) -> String { "." + BesideOutputName.stem(for: name) + ".dossier-staging-" }

    /// The name prefix of the previous sites, swapped out, of the output named `name`.
    static func previousPrefix(for name: String) -> String {
        "." + BesideOutputName.stem(for: name) + ".dossier-previous-"
    }

    /// A new, empty staging folder for `output`, with a new folder's mode (`FolderAttributes`),
    /// written down as a build's (`LeftoverJournal`).
    static func make(for output: URL) throws -> URL {
        let parent = output.deletingLastPathComponent()
        var template = Array(
            parent.appendingPathComponent(prefix(for: output.lastPathComponent) + "XXXXXX").path.utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }
        guard made != nil else {
            throw OutputError(
                "cannot create a folder in \(parent.path) to build the site in: \(String(cString: strerror(errno)))",
                fix: "make \(parent.path) writable, or choose another --output")
        }
        let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // Killed before this, the folder is empty, and an empty folder is taken as a build's.
        LeftoverJournal.record(URL(fileURLWithPath: path).lastPathComponent, for: output)
        // mkdtemp makes it 0700; a new site is as readable as the user's other new folders.
        chmod(path, FolderAttributes.newFolderMode)
        return URL(fileURLWithPath: path)
    }

    /// Writes the staging folder's files to disk before it is swapped in, with one sync of its
    /// file system rather than one per file: after a power cut, the output is then the whole
    /// new site or the whole previous one, never new names over empty files.
    static func flush(_ folder: URL) throws {
        guard dossier_sync_file_system(folder.path) == 0 else {
            throw OutputError("cannot write \(folder.path) to disk: \(String(cString: strerror(errno)))")
        }
    }

    /// What earlier builds into `output` left beside it: staging folders of killed builds, and
    /// previous sites (a fallback swap's, or one retired after a swap). Only real folders named
    /// exactly as a build names them (a prefix and `mkdtemp`'s six letters or digits) and
    /// written down as a build's (`LeftoverJournal`), or empty, count: a user's
    /// `.public.dossier-previous-backup`, even a copy of the site, is not the build's to take or
    /// remove. The journal is brought down to those.
    static func leftovers(of output: URL) -> [URL] {
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        let recorded = LeftoverJournal.names(for: output)
        let found = names.filter { isLeftoverName($0, of: name) }.sorted().filter { entry in
            let path = parent.appendingPathComponent(entry).path
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return false }
            return recorded.contains(entry)
                || (try? FileManager.default.contentsOfDirectory(atPath: path))?.isEmpty == true
        }
        LeftoverJournal.keep(only: found, for: output)
        return found.map { parent.appendingPathComponent($0) }
    }

    /// Whether `entry` is named as a staging folder or a previous site of the output named
    /// `name`: one of the prefixes, then six ASCII letters or digits.
    static func isLeftoverName(_ entry: String, of name: String) -> Bool {
        for start in [prefix(for: name), previousPrefix(for: name)] where entry.hasPrefix(start) {
            let suffix = entry.utf8.dropFirst(start.utf8.count)
            return suffix.count == 6
                && suffix.allSatisfy {
                    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20)
                        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                }
        }
        return false
    }

    /// Renames `folder`, a staging folder of `output` that now holds the previous site after
    /// a swap, to a previous site's name, for the next build to remove. Returns where it is
    /// (where it was, if the rename failed: the next build removes it all the same).
    static func retire(_ folder: URL, of output: URL) -> URL {
        let suffix = folder.lastPathComponent.dropFirst(prefix(for: output.lastPathComponent).count)
        let retired = folder.deletingLastPathComponent().appendingPathComponent(
            previousPrefix(for: output.lastPathComponent) + suffix)
        // Written down before it is renamed: killed in between, the name is still the build's.
        LeftoverJournal.record(retired.lastPathComponent, for: output)
        return rename(folder.path, retired.path) == 0 ? retired : folder
    }
}
