import Foundation

/// Lets go of `value` on a thread of its own, so that the caller need not wait while a large
/// structure (a whole dossier's analysis and build cache: hundreds of thousands of strings and
/// arrays) is freed piece by piece. Pass the last copy (`consume`): a copy the caller keeps is
/// freed by whoever lets go last.
public func releaseInBackground<Value: Sendable>(_ value: consuming Value) {
    let box = ReleaseBox(value)
    Thread { box.release() }.start()
}

/// Holds a value until another thread lets go of it.
private final class ReleaseBox<Value: Sendable>: @unchecked Sendable {
    private var value: Value?

    init(_ value: consuming Value) { self.value = value }

    func release() { value = nil }
}
