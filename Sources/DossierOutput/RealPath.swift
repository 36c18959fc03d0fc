import Foundation

/// Absolute paths with every symbolic link resolved, also for paths that do not exist yet, so
/// that folders are compared as the file system sees them, not as they are spelt.
enum RealPath {
    /// The real path of `path`: its longest existing ancestor resolved by `realpath(3)`, with the
    /// rest appended (`.` and `..` already folded).
    static func of(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path).standardizedFileURL.path
        var rest: [String] = []
        while true {
            if let resolved = realpath(existing, nil) {
                defer { free(resolved) }
                let base = String(cString: resolved)
                return rest.reversed().reduce(base) { $0 == "/" ? "/" + $1 : $0 + "/" + $1 }
            }
            let url = URL(fileURLWithPath: existing)
            guard existing != "/" else { return path }
            rest.append(url.lastPathComponent)
            existing = url.deletingLastPathComponent().path
        }
    }

    /// True when `inner` is `outer` or lies inside it (both real paths).
    static func contains(_ outer: String, _ inner: String) -> Bool {
        inner == outer || outer == "/" || inner.hasPrefix(outer + "/")
    }
}
