import Foundation

/// Removes, in the background, the folders earlier builds left beside the output (previous
/// sites, staging folders of killed builds) other than the one taken as the staging folder
/// (`SpareTree`), so that the disk's slowness at deleting a tree of
/// thousands of folders overlaps with the build's own work instead of adding to it.
///
/// Started under the output's lock, so no folder it is given is one a build running now uses
/// (the build's own staging folder is never among them). `wait` blocks until the folders are
/// gone; a process that ends first leaves the rest to the next build, which removes it the
/// same way.
final class LeftoverRemoval: Sendable {
    private let group = DispatchGroup()

    /// Starts removing `folders`.
    init(_ folders: [URL]) {
        for folder in folders {
            DispatchQueue.global(qos: .utility).async(group: group) {
                try? FileManager.default.removeItem(at: folder)
            }
        }
    }

    /// Blocks until every folder has been removed.
    func wait() {
        group.wait()
    }
}
