import DossierModel

/// The warnings a page gave when it was made, as its cache record keeps them. A page taken
/// from the previous build is not made again: without its record's warnings, they were
/// reported by the build that made the page only, and a later `--strict` build passed.
///
/// The cache holds no absolute paths, so a warning's path is kept relative to the source
/// folder, and shown again under the folder as the build that replays it names it.
enum RecordedWarnings {
    /// `warnings` with each location's path relative to `root` (the source folder as
    /// diagnostics show it); nil when one is elsewhere: the page is then not recorded, and the
    /// next build makes it again.
    static func recorded(_ warnings: [Diagnostic], root: String) -> [Diagnostic]? {
        let prefix = root + "/"
        var recorded: [Diagnostic] = []
        recorded.reserveCapacity(warnings.count)
        for warning in warnings {
            var kept = warning
            if let path = warning.location?.path {
                guard path.hasPrefix(prefix) else { return nil }
                kept.location?.path = String(path.dropFirst(prefix.count))
            }
            recorded.append(kept)
        }
        return recorded
    }

    /// `recorded` (from `recorded(_:root:)`) with each location's path under `root` again.
    static func replayed(_ recorded: [Diagnostic], root: String) -> [Diagnostic] {
        recorded.map { warning in
            var shown = warning
            if let path = warning.location?.path { shown.location?.path = root + "/" + path }
            return shown
        }
    }
}
