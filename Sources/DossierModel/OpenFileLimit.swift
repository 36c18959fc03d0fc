import Foundation

/// This process's limit of open files (`ulimit -n`, the soft limit of `RLIMIT_NOFILE`).
public enum OpenFileLimit {
    /// The limit, or nil when the system does not say.
    public static var current: Int? {
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0 else { return nil }
        return Int(clamping: limit.rlim_cur)
    }

    /// Sets the limit to `files`; false when the system refuses.
    @discardableResult
    public static func set(_ files: Int) -> Bool {
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0 else { return false }
        limit.rlim_cur = rlim_t(files)
        return setrlimit(resource, &limit) == 0
    }

    #if canImport(Glibc)
        private static let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
    #else
        private static let resource = RLIMIT_NOFILE
    #endif
}
