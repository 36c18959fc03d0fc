import Foundation

/// The permissions, owner and group of the folders a build puts in place of the output's own.
/// The new site's folders are made anew in the staging folder, and would otherwise all be the
/// builder's with the default mode: a web root the server reads through its group
/// (`2750 root:www-data`), or a folder of the user's that the site also uses, closed to others
/// or shared with one group through its set-group-ID bit, would lose that with every build.
enum FolderAttributes {
    /// The mode of a folder a build makes when no folder of the output says otherwise: every
    /// right the user's file-creation mask leaves, as `mkdir` gives (`umask 077` makes a
    /// private site).
    static let newFolderMode: mode_t = 0o777 & ~creationMask

    /// The process's file-creation mask (`umask`). Read from the kernel's report where there is
    /// one: setting the mask to read it would, for a moment, apply another to the files the
    /// build's other threads create.
    static let creationMask: mode_t = {
        #if os(Linux)
            if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
                let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
                let mask = mode_t(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8)
            {
                return mask
            }
        #endif
        let mask = umask(0o022)
        umask(mask)
        return mask
    }()

    /// Gives the folder at `made` the permissions, owner and group of the folder at `model`,
    /// when there is one. An owner or group this process may not give is left as it is (a
    /// user's build makes the folder its own).
    static func copy(from model: String, to made: String) {
        var info = stat()
        guard stat(model, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return }
        var mine = stat()
        guard stat(made, &mine) == 0 else { return }
        if mine.st_uid != info.st_uid || mine.st_gid != info.st_gid {
            // The owner only root may give; the group any member of it.
            if chown(made, info.st_uid, info.st_gid) != 0 { _ = chown(made, uid_t.max, info.st_gid) }
        } else if mine.st_mode & 0o7777 == info.st_mode & 0o7777 {
            return
        }
        // After `chown`, which clears the set-group-ID bit.
        chmod(made, info.st_mode & 0o7777)
    }
}
