import Foundation

/// Values the runs of one check share across cores, behind a lock. Each run reads it through
/// its own copy (`RunMemo`), so that the runs seldom wait for one another. A class with a lock
/// because the runs share it.
final class SharedMemo<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    /// The value a run kept for `key`, if any.
    func value(for key: Key) -> Value? {
        lock.withLock { values[key] }
    }

    /// Keeps `value` for `key`, for every run.
    func insert(_ value: Value, for key: Key) {
        lock.withLock { values[key] = value }
    }
}

/// One run's view of a `SharedMemo`: its own copy first, then the shared table, and only then
/// the value made anew. A value is made outside the lock, so two runs may both make one.
struct RunMemo<Key: Hashable, Value> {
    private let shared: SharedMemo<Key, Value>
    private var values: [Key: Value] = [:]

    init(_ shared: SharedMemo<Key, Value>) { self.shared = shared }

    /// The value for `key`: kept by this run or another, else made by `make` and kept; nil
    /// (and nothing kept) when `make` gives nil.
    mutating func value(for key: Key, make: () -> Value?) -> Value? {
        if let known = values[key] { return known }
        let value: Value
        if let known = shared.value(for: key) {
            value = known
        } else {
            guard let made = make() else { return nil }
            shared.insert(made, for: key)
            value = made
        }
        values[key] = value
        return value
    }
}
