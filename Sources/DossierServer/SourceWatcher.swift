import Foundation

/// Notices changes in folders by polling sizes and modification times: no file-system events
/// to subscribe to, and cheap.
///
/// The folders are walked with `readdir` and `lstat`. Foundation's enumerator, with a URL and
/// its resource values for every file, took 265 ms for the 20,000 files of 10,000 articles, so
/// an idle `serve` polling every 300 ms kept most of a core busy. A walk that still takes long
/// is made less often: the pause between two is at least ten times the last walk.
struct SourceWatcher: Sendable {
    /// The folders watched, recursively (hidden files and folders are skipped, and links are
    /// not followed: a link is seen as itself).
    let folders: [String]

    /// A file's size and modification time, as last seen (a link's or a named pipe's own).
    struct Stamp: Sendable, Hashable {
        let size: UInt64
        /// Nanoseconds since 1970.
        let modified: Int64
    }

    /// Every visible entry under the folders other than a folder, by path, with its stamp: the
    /// regular files, and the links, named pipes and other special files the build refuses or
    /// warns of. Without them, a named pipe or a link put in `articles/` and then removed left
    /// `serve` showing the failed build until some other file changed.
    func snapshot() -> [String: Stamp] {
        var result: [String: Stamp] = [:]
        for folder in folders { Self.walk(folder, into: &result) }
        return result
    }

    /// Adds the visible entries under `folder` other than folders to `result`, descending into
    /// its visible folders; a folder that cannot be read adds nothing.
    private static func walk(_ folder: String, into result: inout [String: Stamp]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let path = prefix + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            guard info.st_mode & S_IFMT != S_IFDIR else {
                walk(path, into: &result)
                continue
            }
            result[path] = Stamp(
                size: UInt64(info.st_size),
                modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
        }
    }

    /// Waits until the snapshot differs from `last` (checking every `interval`, or ten times
    /// as long as the last walk took when that is longer), then returns the new one. Returns
    /// nil when the task is cancelled.
    func nextChange(after last: [String: Stamp], interval: Duration) async -> [String: Stamp]? {
        let clock = ContinuousClock()
        var pause = interval
        while !Task.isCancelled {
            do { try await Task.sleep(for: pause) } catch { return nil }
            let start = clock.now
            let current = snapshot()
            if current != last { return current }
            pause = max(interval, (clock.now - start) * 10)
        }
        return nil
    }
}
