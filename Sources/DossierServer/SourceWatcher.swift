import Foundation

/// Notices changes in folders by polling sizes and modification times: portable, and cheap
/// at a few hundred milliseconds for the few thousand files of a dossier.
struct SourceWatcher: Sendable {
    /// The folders watched, recursively (hidden files and folders are skipped).
    let folders: [String]

    /// A file's size and modification time, as last seen.
    struct Stamp: Sendable, Hashable {
        let size: UInt64
        let modified: Double
    }

    /// Every visible file under the folders, with its stamp.
    func snapshot() -> [String: Stamp] {
        var result: [String: Stamp] = [:]
        let keys: [URLResourceKey] = [.fileSizeKey, .contentModificationDateKey, .isRegularFileKey]
        for folder in folders {
            let root = URL(fileURLWithPath: folder)
            guard
                let enumerator = FileManager.default.enumerator(
                    at: root, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
            else { continue }
            for case let url as URL in enumerator {
                guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else {
                    continue
                }
                result[url.path] = Stamp(
                    size: UInt64(values.fileSize ?? 0),
                    modified: values.contentModificationDate?.timeIntervalSince1970 ?? 0)
            }
        }
        return result
    }

    /// Waits until the snapshot differs from `last` (checking every `interval`), then returns
    /// the new one. Returns nil when the task is cancelled.
    func nextChange(after last: [String: Stamp], interval: Duration) async -> [String: Stamp]? {
        while !Task.isCancelled {
            do { try await Task.sleep(for: interval) } catch { return nil }
            let current = snapshot()
            if current != last { return current }
        }
        return nil
    }
}
