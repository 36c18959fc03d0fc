import Foundation

/// An exclusive lock, held while a build writes one output: two builds into the same output
/// would otherwise remove each other's staging folders. It is taken on an empty file beside
/// the output (`.<name>.dossier-lock`), kept between builds, so builds into other folders of
/// the same parent never wait for each other. A class because the lock is a resource released
/// exactly once, when the writer is done.
final class OutputLock: @unchecked Sendable {
    private let descriptor: Int32
    private let state = NSLock()
    private var held = true

    /// Takes the lock of `output`, failing at once when another build holds it.
    init(output: URL, named name: String) throws {
        let file = output.deletingLastPathComponent().appendingPathComponent(Self.fileName(for: output)).path
        descriptor = open(file, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let code = errno
            throw OutputError(
                "cannot create \(file) to write \(name): \(String(cString: strerror(code)))",
                fix: code == EISDIR
                    ? "a folder stands where dossier keeps its lock file: move it away, or choose another --output"
                    : "make the folder that holds the output writable, or choose another --output")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw OutputError(
                "another dossier build is writing into \(name) right now",
                fix: "wait for it to finish, then build again")
        }
    }

    /// The lock file's name beside `output`.
    static func fileName(for output: URL) -> String { "." + output.lastPathComponent + ".dossier-lock" }

    /// Lets go of the lock (once; later calls do nothing), so that the next build into the
    /// output may start even while this one's objects are still being freed.
    func release() {
        let wasHeld = state.withLock {
            defer { held = false }
            return held
        }
        guard wasHeld else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    deinit {
        release()
    }
}
