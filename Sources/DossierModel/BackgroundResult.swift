import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The result of work started on a thread of its own, waited for when it is needed: for work
/// that blocks in the file system or runs beside the task pool, whose few threads it would
/// otherwise hold.
///
/// A class because the caller and the thread share it; the result is set once, by the thread,
/// and read only after the thread has signalled that it is done with the work: a lent closure
/// (`inParallel`'s, under `withoutActuallyEscaping`) must be let go of before the reader goes
/// on, and the result alone was set while the thread's frame still held it.
public final class BackgroundResult<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var result: Value?
    private var work: (@Sendable () -> Value)?

    /// Starts `work` on a new thread; when `yielding`, at a lower priority, so that it runs
    /// mostly while a core would be idle and slows the work beside it little.
    public init(yielding: Bool = false, _ work: @escaping @Sendable () -> Value) {
        self.work = work
        // A thread, not a queue: it runs whatever every pool thread is doing meanwhile.
        Thread { [self] in
            if yielding { Self.lowerPriority() }
            run()
            finished.signal()
        }.start()
    }

    /// The work's result, once the thread is done with the work (waiting for it).
    public var value: Value {
        finished.wait()
        // Signalled again for the next reader.
        finished.signal()
        guard let value = lock.withLock({ result }) else { preconditionFailure("the work set no result") }
        return value
    }

    /// Lowers the calling thread's priority: on Linux its nice value, which is the thread's
    /// own, by 10 (a tenth of a core's share beside two threads of the process's priority).
    private static func lowerPriority() {
        #if os(Linux)
            let which = __priority_which_t(PRIO_PROCESS.rawValue)
            _ = setpriority(which, 0, min(19, getpriority(which, 0) + 10))
        #else
            Thread.current.qualityOfService = .utility
        #endif
    }

    /// Runs the work and lets go of it before the thread signals: the work may hold what the
    /// caller no longer needs, or a closure the caller lent (`inParallel`).
    private func run() {
        let work = lock.withLock {
            defer { self.work = nil }
            return self.work
        }
        guard let work else { return }
        let value = work()
        lock.withLock { result = value }
    }
}
