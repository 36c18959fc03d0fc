import COutputSupport
import Foundation

/// Puts a finished staging folder in the output's place.
enum AtomicSwap {
    /// Makes `staging` the output at `output`. Where the output exists, the two are exchanged
    /// in one step (`renameat2` with `RENAME_EXCHANGE`), so a reader or a kill sees either the
    /// whole old site or the whole new one; `staging` then holds the old site. On file systems
    /// that cannot exchange (not ext4, XFS, Btrfs or tmpfs), the old output is renamed aside
    /// first: there a kill between the two renames, a window of two system calls, leaves the
    /// output missing until the next build.
    static func swap(_ staging: URL, into output: URL) throws {
        guard FileManager.default.fileExists(atPath: output.path) else {
            try rename(staging, to: output)
            return
        }
        if dossier_rename_exchange(staging.path, output.path) == 0 { return }
        if errno == EBUSY {
            // A mount point (a container's volume, a bind-mounted web root) cannot be renamed.
            throw OutputError(
                "cannot replace \(output.path) with the new site: it is a mount point, which cannot be renamed",
                fix: "Build into a folder inside it (for example `--output \(output.path)/site`) and serve that folder."
            )
        }
        guard errno == EINVAL || errno == ENOSYS || errno == ENOTSUP else {
            throw OutputError("cannot swap \(staging.path) with \(output.path): \(String(cString: strerror(errno)))")
        }
        let aside = try StagingFolder.make(for: output)
        try rename(output, to: aside)
        do {
            try rename(staging, to: output)
        } catch {
            try? rename(aside, to: output)
            throw error
        }
        try rename(aside, to: staging)
    }

    private static func rename(_ from: URL, to: URL) throws {
        guard Foundation.rename(from.path, to.path) == 0 else {
            throw OutputError("cannot rename \(from.path) to \(to.path): \(String(cString: strerror(errno)))")
        }
    }
}
