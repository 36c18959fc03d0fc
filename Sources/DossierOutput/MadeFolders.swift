import Foundation

/// The folders of a staging folder made so far, so that each is made once. Asking `mkdir` for
/// a folder that exists is not free: it locks the parent folder, which the tasks creating files
/// beside it then wait for (a 1,000-article build made 3,687 `mkdir` calls, 2,181 of them for
/// folders already there; now 1,779). Shared by the tasks that write into one staging folder.
final class MadeFolders: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Set<String>

    /// Knows the folders `existing` (absolute paths) as made.
    init(existing: [String]) {
        made = Set(existing)
    }

    /// Makes the folders above `path`, unless this staging has made them already.
    func makeParent(of path: String) throws {
        let parent = SitePaths.parent(of: path)
        if lock.withLock({ made.contains(parent) }) { return }
        try TreeLinker.makeFolder(parent)
        lock.withLock { _ = made.insert(parent) }
    }
}
