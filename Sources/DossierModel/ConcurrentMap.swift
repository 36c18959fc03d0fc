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
public func inParallel<First: Sendable, Second: Sendable>(
    _ first: @Sendable () -> First, _ second: @Sendable () -> Second
) -> (First, Second) {
    let firstSlot = ResultSlots<First>(count: 1)
    let secondSlot = ResultSlots<Second>(count: 1)
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { firstSlot.set(0, first()) } else { secondSlot.set(0, second()) }
    }
    // Both slots are set: `concurrentPerform` returns after both iterations.
    return (firstSlot.values[0], secondSlot.values[0])
}

/// One slot per result, each written by exactly one iteration of `concurrentPerform`.
/// A class with a lock because the iterations run on several threads at once.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) { lock.withLock { slots[index] = value } }

    var values: [Value] { lock.withLock { slots.compactMap { $0 } } }
}
