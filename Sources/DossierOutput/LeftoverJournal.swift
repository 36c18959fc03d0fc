import Foundation

/// The names of the folders builds made beside an output, kept in the output's lock file
/// (`OutputLock`, `.<output>.dossier-lock`): each staging folder is written down as soon as it
/// is made, and each previous site before it is renamed to its name. Only folders written down
/// there (or empty ones) are an earlier build's to take or remove: a user's folder named like
/// one, even a copy of the site, never is. Every write happens under the lock, and none
/// replaces the file, whose lock would then be on a file no longer there.
enum LeftoverJournal {
    /// The journal of the output at `output`: its lock file.
    static func url(for output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(OutputLock.fileName(for: output))
    }

    /// The names written down for `output`.
    static func names(for output: URL) -> Set<String> {
        guard let text = try? String(contentsOf: url(for: output), encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").map(String.init))
    }

    /// Writes `name` down for `output`, before the folder of that name exists: a build killed
    /// at any moment leaves no folder of its own unwritten.
    static func record(_ name: String, for output: URL) {
        let descriptor = open(url(for: output).path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let line = Array((name + "\n").utf8)
        _ = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }

    /// Keeps only `names` written down for `output` (those still beside it): they are written
    /// over the journal's bytes (`overwriting`), then the file is cut to their length. Opened
    /// with `O_TRUNC` and then written, a build killed between the two left an empty journal,
    /// and the non-empty folders it had listed were a user's from then on, never removed: a
    /// test that killed builds at random moments once found two previous sites beside the
    /// output instead of one.
    static func keep(only names: [String], for output: URL) {
        let descriptor = open(url(for: output).path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return }
        let (bytes, length) = overwriting(Int(info.st_size), with: names)
        _ = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        _ = ftruncate(descriptor, off_t(length))
    }

    /// What is written from the start of a journal of `oldSize` bytes to keep only `names`
    /// (sorted, a subset of those it lists), and the length it is then cut to: the names, then
    /// line breaks over the rest of the old bytes. Killed before the cut, the journal lists the
    /// names and blank lines; killed within the write, each kept name is still whole, written
    /// or where it was (no more lines come before it than did).
    static func overwriting(_ oldSize: Int, with names: [String]) -> (bytes: [UInt8], length: Int) {
        let text = Array(names.sorted().map { $0 + "\n" }.joined().utf8)
        return (text + [UInt8](repeating: UInt8(ascii: "\n"), count: max(0, oldSize - text.count)), text.count)
    }
}
