import DossierModel
import Foundation

/// The state the preview server shares between its watcher and its request handlers: the
/// outcome of the last build and the open live-reload connections. An actor because both
/// sides change it concurrently.
actor PreviewState {
    /// Why the last build failed (its diagnostics or error text), nil after a good build.
    private(set) var failure: BuildFailure?
    /// Counts finished builds, good or not.
    private(set) var generation = 0
    private var listeners: [UUID: AsyncStream<Int>.Continuation] = [:]

    /// Records a finished build and tells every open page to reload.
    func finish(failure: BuildFailure?) {
        self.failure = failure
        generation += 1
        for listener in listeners.values { listener.yield(generation) }
    }

    /// How many pages listen.
    var listenerCount: Int { listeners.count }

    /// A stream of build generations for one open page; nil when `limit` pages listen already.
    func listen(below limit: Int) -> (UUID, AsyncStream<Int>)? {
        guard listeners.count < limit else { return nil }
        let id = UUID()
        let (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(1))
        listeners[id] = continuation
        return (id, stream)
    }

    /// Forgets a page that closed its connection.
    func stopListening(_ id: UUID) {
        listeners.removeValue(forKey: id)?.finish()
    }

    /// Ends every live-reload stream (on shutdown).
    func finishAll() {
        for listener in listeners.values { listener.finish() }
        listeners.removeAll()
    }
}

/// What a failed build has to show in the browser.
public struct BuildFailure: Sendable, Hashable {
    /// The diagnostics of the build (errors first when shown).
    public let diagnostics: [Diagnostic]
    /// An I/O or template error that stopped the build, when there was one.
    public let error: String?

    public init(diagnostics: [Diagnostic], error: String?) {
        self.diagnostics = diagnostics
        self.error = error
    }
}
