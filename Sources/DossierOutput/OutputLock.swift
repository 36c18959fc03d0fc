import Foundation

/// An exclusive lock, held while a build writes one output, on the folder that contains it:
/// two builds into the same output would otherwise remove each other's staging folders.
/// A class because the lock is a resource released exactly once, when the writer is done.
final class OutputLock {
    private let descriptor: Int32

    /// Takes the lock on `parent`, failing at once when another build holds it.
    init(parent: URL, output: String) throws {
        descriptor = open(parent.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw OutputError("cannot open \(parent.path) to write \(output): \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw OutputError(
                "another dossier build is writing into \(parent.path) right now",
                fix: "wait for it to finish, then build again")
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
