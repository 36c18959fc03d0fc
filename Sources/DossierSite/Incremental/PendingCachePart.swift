import DossierOutput
import Foundation

/// A file of the build cache written beside the file it replaces, under a name of its own, and
/// renamed over it once the build has succeeded: the file is then whole, the new one or the
/// previous. Not written through `Data.write`, which syncs every file to disk before it returns:
/// a torn cache file only means building afresh, and the parts of a 10,000-article dossier are
/// 280 MB. Or a file of the cache removed once the build has succeeded (a shard left empty).
struct PendingCachePart: Sendable {
    /// Marks a pending file's name, before the id of the process that wrote it (`name` +
    /// `.pending-<pid>-<uuid>`): those a killed build left are removed by the next commit, and
    /// those of a build still running (into another output, from the same source) are not.
    static let marker = ".pending-"
    /// Where the bytes are until the commit; nil when the file is to be removed.
    let pending: URL?
    /// The file they replace.
    let final: URL

    /// The file `name` of `folder`, to be removed at the commit.
    init(removing name: String, in folder: URL) {
        final = folder.appendingPathComponent(name)
        pending = nil
    }

    /// Writes `bytes` beside the file `name` of `folder`.
    init(_ name: String, in folder: URL, bytes: [UInt8]) throws {
        final = folder.appendingPathComponent(name)
        let pending = folder.appendingPathComponent(name + Self.marker + "\(getpid())-" + UUID().uuidString)
        self.pending = pending
        do {
            _ = try FileBytes.write(bytes, to: pending.path, startingWriteback: true)
        } catch {
            try? FileManager.default.removeItem(at: pending)
            throw error
        }
    }

    /// Puts `parts` in place, each by one rename (or one unlink); what is not in place then is
    /// removed.
    static func commit(_ parts: [PendingCachePart]) throws {
        for (index, part) in parts.enumerated() {
            guard let pending = part.pending else {
                unlink(part.final.path)
                continue
            }
            guard rename(pending.path, part.final.path) != 0 else { continue }
            let reason = String(cString: strerror(errno))
            discard(parts[index...])
            throw OutputError("cannot rename \(pending.path) to \(part.final.lastPathComponent): \(reason)")
        }
    }

    /// Removes the pending files of `parts` (the build failed).
    static func discard(_ parts: some Sequence<PendingCachePart>) {
        for case let pending? in parts.map(\.pending) { try? FileManager.default.removeItem(at: pending) }
    }

    /// Removes the pending files of `folder` that no build will commit: this process's (left
    /// by a failed build of `serve`), and those of processes no longer running (builds killed
    /// before their commit) or of an earlier version, without a process id. A build from the
    /// same source into another output, running beside this one, keeps its own: removed, its
    /// commit failed (`could not save the build cache`) in 11 of 12 pairs of builds run at once.
    static func removeStrays(in folder: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.contains(marker) && !isOfAnotherLiveProcess(name) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// Whether the pending file `name` was written by another process that is still running. A
    /// process id reused since is taken as running: its file is then removed a build later.
    static func isOfAnotherLiveProcess(_ name: String) -> Bool {
        guard let range = name.range(of: marker, options: .backwards) else { return false }
        let rest = name[range.upperBound...]
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard rest.dropFirst(digits.count).first == "-", let pid = Int32(digits), pid > 0, pid != getpid() else {
            return false
        }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
