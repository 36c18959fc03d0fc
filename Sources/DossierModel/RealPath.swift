import Foundation

/// Paths with every symbolic link, `.` and `..` resolved (POSIX `realpath`), so that whether a
/// file lies inside a folder is decided by where it is, not by how its path is spelled.
public enum RealPath {
    /// Why a path has no real path.
    public enum Failure: Error, Sendable, Equatable {
        /// Nothing at the path, or a link to nothing (a dangling link).
        case missing
        /// Links that point at each other (`ELOOP`).
        case loop
        /// Any other system error, by its `errno`.
        case other(Int32)
    }

    /// The real path of `path`, which must exist.
    public static func resolve(_ path: String) -> Result<String, Failure> {
        guard let resolved = realpath(path, nil) else {
            switch errno {
            case ENOENT, ENOTDIR: return .failure(.missing)
            case ELOOP: return .failure(.loop)
            default: return .failure(.other(errno))
            }
        }
        defer { free(resolved) }
        return .success(String(cString: resolved))
    }

    /// True when the real path `path` is `folder` or lies inside it (`folder` a real path too).
    public static func isInside(_ path: String, folder: String) -> Bool {
        guard folder != "/" else { return path.hasPrefix("/") }
        return path == folder || path.hasPrefix(folder + "/")
    }

    /// The real path of `path`, which need not exist: its longest existing ancestor resolved,
    /// with the rest appended (`.` and `..` folded first). For comparing a folder about to be
    /// made (an output) with existing ones.
    public static func resolvingMissing(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path).standardizedFileURL.path
        var rest: [String] = []
        while true {
            if case .success(let base) = resolve(existing) {
                return rest.reversed().reduce(base) { $0 == "/" ? "/" + $1 : $0 + "/" + $1 }
            }
            guard existing != "/" else { return path }
            let url = URL(fileURLWithPath: existing)
            rest.append(url.lastPathComponent)
            existing = url.deletingLastPathComponent().path
        }
    }
}
