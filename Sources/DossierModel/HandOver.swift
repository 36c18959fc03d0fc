import Foundation

/// A value handed from one holder to another once: after `take()` the hand-over no longer
/// holds it, so a value of tens of megabytes lives only as long as its taker keeps it, even
/// when the hand-over itself is shared (by threads, or captured by a closure).
/// A class because it is shared; the lock guards the value.
public final class HandOver<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    /// A hand-over holding `value` (nil: none yet).
    public init(_ value: Value? = nil) {
        self.value = value
    }

    /// Puts `value` in, replacing one not taken.
    public func put(_ value: Value?) {
        lock.withLock { self.value = value }
    }

    /// The value put, the first time; nil afterwards, or when none was put.
    public func take() -> Value? {
        lock.withLock {
            defer { value = nil }
            return value
        }
    }
}
