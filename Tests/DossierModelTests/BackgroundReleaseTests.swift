import DossierModel
import Foundation
import Testing

/// A value handed to `releaseInBackground` is freed, on another thread than the caller's.
struct BackgroundReleaseTests {
    /// Records the thread its instance is freed on.
    private final class Tracked: @unchecked Sendable {
        let freed: DispatchSemaphore
        let thread: ThreadBox

        init(freed: DispatchSemaphore, thread: ThreadBox) {
            self.freed = freed
            self.thread = thread
        }

        deinit {
            thread.set(Thread.current)
            freed.signal()
        }
    }

    /// The thread an instance was freed on, set once.
    private final class ThreadBox: @unchecked Sendable {
        private let lock = NSLock()
        private var value: Thread?

        func set(_ thread: Thread) { lock.withLock { value = thread } }

        var thread: Thread? { lock.withLock { value } }
    }

    @Test func theValueIsFreedOnAnotherThread() {
        let freed = DispatchSemaphore(value: 0)
        let box = ThreadBox()
        releaseInBackground([Tracked(freed: freed, thread: box)])
        #expect(freed.wait(timeout: .now() + 10) == .success)
        #expect(box.thread != nil && box.thread != Thread.current)
    }
}
