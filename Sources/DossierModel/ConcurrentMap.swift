import Foundation

extension Array where Element: Sendable {
    /// `transform` applied to every element on all cores, the results in the elements' order.
    /// For independent, CPU-bound work such as reading or scanning one article each.
    public func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let results = ResultSlots<Result>(count: count)
        let elements = self
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.set(index, transform(elements[index]))
        }
        return results.values
    }
}

/// Runs `first` and `second` at the same time (each may itself use every core) and returns
/// both results: for two independent stages of a pipeline.
///
/// `second` runs on a thread of its own and `first` on the caller's, not as two iterations of
/// `concurrentPerform`: libdispatch shares the cores among nested applies, so a
/// `concurrentMap` inside either half ran on one thread (the comparison of a 1,000-article
/// dossier on one core of two), even once the other half had finished.
public func inParallel<First: Sendable, Second: Sendable>(
    _ first: @Sendable () -> First, _ second: @Sendable () -> Second
) -> (First, Second) {
    withoutActuallyEscaping(second) { second in
        let secondSlot = ResultSlots<Second>(count: 1)
        let finished = DispatchSemaphore(value: 0)
        // The thread outlives the call: it holds `second` only until it has run it.
        let work = WorkBox { secondSlot.set(0, second()) }
        // A thread, not a queue: it runs whatever every pool thread is doing meanwhile.
        Thread {
            work.run()
            finished.signal()
        }.start()
        let firstResult = first()
        finished.wait()
        // The slot is set: the thread signals only after setting it.
        return (firstResult, secondSlot.values[0])
    }
}

/// Work handed to another thread, let go of once done.
private final class WorkBox: @unchecked Sendable {
    private var work: (@Sendable () -> Void)?

    init(_ work: @escaping @Sendable () -> Void) { self.work = work }

    /// Runs the work and lets go of it (the caller waits for this before it returns).
    func run() {
        work?()
        work = nil
    }
}

/// One slot per result, each written by exactly one iteration of `concurrentPerform` (or thread).
/// A class with a lock because the iterations run on several threads at once.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) { lock.withLock { slots[index] = value } }

    var values: [Value] { lock.withLock { slots.compactMap { $0 } } }
}
