import DossierLoader
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

/// Collects what the build running in the current task tree did (stage timings, the files
/// written, the article cache for the next build), and reports each stage as it starts.
/// A class because the pipeline's stages, some in child tasks, all add to the one record of
/// the build; a lock keeps that safe.
public final class StageRecorder: @unchecked Sendable {
    /// The recorder of the build in progress, if the caller set one.
    @TaskLocal public static var current: StageRecorder?

    private let lock = NSLock()
    private var recorded: [StageTiming] = []
    private var summary: WriteSummary?
    private var articles: [String: CachedArticle] = [:]
    private var previousCache: BuildCache?
    private var fingerprints: [String: String] = [:]
    private var reused = 0
    private var writes = false
    private let onStart: @Sendable (BuildStage) -> Void

    /// `onStart` is called as each stage begins (for a progress line).
    public init(onStart: @escaping @Sendable (BuildStage) -> Void = { _ in }) {
        self.onStart = onStart
    }

    /// The timings so far, one per stage in the order they ran (repeated stages are summed).
    public var timings: [StageTiming] {
        lock.withLock { recorded }
    }

    /// What the writer did, once it has run.
    public var writeSummary: WriteSummary? {
        get { lock.withLock { summary } }
        set { lock.withLock { summary = newValue } }
    }

    /// The previous build's cache, when the build may reuse it.
    var previous: BuildCache? {
        get { lock.withLock { previousCache } }
        set { lock.withLock { previousCache = newValue } }
    }

    /// The articles this build read, for the next build's cache.
    var articleCache: [String: CachedArticle] {
        get { lock.withLock { articles } }
        set { lock.withLock { articles = newValue } }
    }

    /// True when the build writes an output (and so a cache): only then are pages fingerprinted.
    var writesOutput: Bool {
        get { lock.withLock { writes } }
        set { lock.withLock { writes = newValue } }
    }

    /// The fingerprint of every page this build rendered or reused, by site path, for the
    /// next build's cache.
    var pageFingerprints: [String: String] {
        get { lock.withLock { fingerprints } }
        set { lock.withLock { fingerprints = newValue } }
    }

    /// How many pages were taken from the previous build instead of rendered.
    var reusedPages: Int {
        get { lock.withLock { reused } }
        set { lock.withLock { reused = newValue } }
    }

    /// Runs `body` as `stage` of the current build, timing it when a recorder is set.
    public static func time<T>(_ stage: BuildStage, _ body: () throws -> T) rethrows -> T {
        guard let recorder = current else { return try body() }
        recorder.onStart(stage)
        let start = ContinuousClock.now
        defer { recorder.add(stage, ContinuousClock.now - start) }
        return try body()
    }

    /// The async form of `time(_:_:)`.
    public static func time<T>(_ stage: BuildStage, _ body: () async throws -> T) async rethrows -> T {
        guard let recorder = current else { return try await body() }
        recorder.onStart(stage)
        let start = ContinuousClock.now
        defer { recorder.add(stage, ContinuousClock.now - start) }
        return try await body()
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
