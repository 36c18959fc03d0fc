import DossierModel
import Foundation

/// The output folder as served: its real path is pinned the first time it resolves, so that a
/// folder replaced by a link while the server runs (aimed at `/etc`, say) serves nothing of
/// the link's target. A build puts the new site in place under the same path, so every good
/// build resolves to the pinned path again. A class because the requests share the pin.
final class ServedRoot: @unchecked Sendable {
    /// Where the output folder is now.
    enum Place: Equatable {
        /// Not there (no build has made it yet), or a dangling link.
        case missing
        /// It resolves somewhere other than where it first did.
        case moved
        /// At its pinned real path.
        case at(String)
    }

    /// The output folder as given.
    let path: String
    private let lock = NSLock()
    private var pinned: String?

    /// The output folder at `path`.
    init(path: String) {
        self.path = path
    }

    /// Where the folder is now, pinning its real path the first time it resolves.
    func place() -> Place {
        guard case .success(let real) = RealPath.resolve(path) else { return .missing }
        return lock.withLock {
            guard let pinned else {
                pinned = real
                return .at(real)
            }
            return pinned == real ? .at(real) : .moved
        }
    }
}
