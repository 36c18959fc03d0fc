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
        // The thread outlives the call: it holds `second` only until it has run it.
        let secondResult = BackgroundResult(second)
        let firstResult = first()
        return (firstResult, secondResult.value)
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
