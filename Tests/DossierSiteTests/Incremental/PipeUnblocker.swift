import Foundation

/// Opens named pipes for writing, and closes them at once, whenever a reader waits on one, until
/// stopped: a test whose code under test would wait on a pipe for ever ends all the same, and
/// learns how many times a reader had to be let go.
final class PipeUnblocker: @unchecked Sendable {
    private let paths: [String]
    private let state = NSLock()
    private var running = true
    private var unblocked = 0
    private let finished = DispatchSemaphore(value: 0)

    /// An unblocker of the pipes at `paths`.
    init(_ paths: [String]) {
        self.paths = paths
    }

    /// Starts looking, every 200 ms, on a thread of its own.
    func start() {
        Thread.detachNewThread { [self] in
            while state.withLock({ running }) {
                for path in paths {
                    // Without a reader waiting, a non-blocking open for writing fails (ENXIO);
                    // a regular file put in the pipe's place is opened, and not counted.
                    let descriptor = open(path, O_WRONLY | O_NONBLOCK)
                    guard descriptor >= 0 else { continue }
                    var info = stat()
                    let isPipe = fstat(descriptor, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO
                    close(descriptor)
                    if isPipe { state.withLock { unblocked += 1 } }
                }
                usleep(200_000)
            }
            finished.signal()
        }
    }

    /// Stops looking; returns how many times a reader was let go.
    func stop() -> Int {
        state.withLock { running = false }
        finished.wait()
        return state.withLock { unblocked }
    }
}
