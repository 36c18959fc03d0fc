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

    /// Keeps only `names` written down for `output` (those still beside it).
    static func keep(only names: [String], for output: URL) {
        let descriptor = open(url(for: output).path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let text = Array(names.sorted().map { $0 + "\n" }.joined().utf8)
        _ = text.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }
}
