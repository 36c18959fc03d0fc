import Foundation

/// A named step of the pipeline, timed for `--verbose` and the progress line.
public enum BuildStage: String, Sendable, Hashable, CaseIterable, Codable {
    case load
    case analyze
    case plan
    case render
    case write
    /// The search index (Pagefind), run over the written site.
    case index
}

/// How long one stage took in one build.
public struct StageTiming: Sendable, Hashable {
    public let stage: BuildStage
    public let duration: Duration

    public init(stage: BuildStage, duration: Duration) {
        self.stage = stage
        self.duration = duration
    }

    /// The duration in seconds.
    public var seconds: Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// Times the stages of one build and reports each as it starts (for a progress line).
/// A class because stages running in child tasks all add to the one record of the build;
/// a lock keeps that safe. It is passed to the builder explicitly.
public final class StageRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [StageTiming] = []
    private let onStart: @Sendable (BuildStage) -> Void

    /// `onStart` is called as each stage begins (for a progress line).
    public init(onStart: @escaping @Sendable (BuildStage) -> Void = { _ in }) {
        self.onStart = onStart
    }

    /// The timings so far, one per stage in the order they ran (repeated stages are summed).
    public var timings: [StageTiming] {
        lock.withLock { recorded }
    }

    /// Runs `body` as `stage`, timing it.
    public func time<T>(_ stage: BuildStage, _ body: () throws -> T) rethrows -> T {
        onStart(stage)
        let start = ContinuousClock.now
        defer { add(stage, ContinuousClock.now - start) }
        return try body()
    }

    /// The async form of `time(_:_:)`.
    public func time<T>(_ stage: BuildStage, _ body: () async throws -> T) async rethrows -> T {
        onStart(stage)
        let start = ContinuousClock.now
        defer { add(stage, ContinuousClock.now - start) }
        return try await body()
    }

    /// Reports that `stage` begins, for a stage whose time is added in parts (`add(_:_:)`):
    /// writing, and the search index inside it, which the progress line showed as rendering
    /// for the minute Pagefind takes at 10,000 articles.
    func starting(_ stage: BuildStage) {
        onStart(stage)
    }

    func add(_ stage: BuildStage, _ duration: Duration) {
        lock.withLock {
            if let position = recorded.firstIndex(where: { $0.stage == stage }) {
                recorded[position] = StageTiming(stage: stage, duration: recorded[position].duration + duration)
            } else {
                recorded.append(StageTiming(stage: stage, duration: duration))
            }
        }
    }
}
