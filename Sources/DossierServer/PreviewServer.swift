import DossierModel
import DossierOutput
import DossierRenderer
import DossierSite
import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import ServiceLifecycle

/// `dossier serve`: builds the site, serves the output folder over HTTP, watches the source
/// and templates folders, rebuilds (incrementally) on every change and reloads open pages.
///
/// A failed build leaves the last good site on disk and served, with the diagnostics shown
/// over each page it serves.
public struct PreviewServer: Sendable {
    public let builder: SiteBuilder
    public let outputFolder: String
    public let host: String
    /// The port to listen on; 0 picks a free one (reported to `onReady`).
    public let port: Int
    /// How often the folders are checked for changes.
    public var pollInterval: Duration = .milliseconds(300)
    /// Called after each build with its report, or the error that stopped it.
    public var onBuild: @Sendable (Result<BuildReport, any Error>) -> Void = { _ in }

    public init(builder: SiteBuilder, outputFolder: String, host: String = "127.0.0.1", port: Int = 8080) {
        self.builder = builder
        self.outputFolder = outputFolder
        self.host = host
        self.port = port
    }

    /// The folders whose changes trigger a rebuild: the source folder, and the templates folder
    /// when one is used (`--templates`, or the dossier's own `Templates/`, already inside the
    /// source); the templates built into the binary cannot change while it runs.
    var watchedFolders: [String] {
        [builder.sourceFolder] + (builder.templatesFolderInUse.map { [$0] } ?? [])
    }

    /// Builds, then serves and watches until the task is cancelled, or SIGINT/SIGTERM stops the
    /// server (a rebuild under way is finished first).
    /// `onReady` receives the port the server listens on. Throws before building when the
    /// address cannot be listened on (a busy port), with a message saying what to do; throws
    /// before serving when the build refuses the output folder (`OutputError`: serving it
    /// would show files that are not the site's, such as the source's or a home folder's), and
    /// stops with that error when a rebuild refuses it. A rebuild that fails to write (another
    /// build's lock, a full disk) is a failed build: the last good site stays served.
    public func run(onReady: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try PortCheck.check(host: host, port: port)
        let state = PreviewState()
        let watcher = SourceWatcher(folders: watchedFolders)
        let initial = watcher.snapshot()
        if let refused = await rebuild(state) { throw refused }
        let limits = ConnectionLimits.forThisProcess()
        let responder = PreviewResponder(
            files: StaticFiles(root: outputFolder, state: state),
            events: { await LiveReloadStream.response(to: $0, state: state, limit: limits.eventStreams) },
            hostCheck: HostCheck(boundTo: host))
        let port = self.port
        let configuration = ApplicationConfiguration(
            address: .hostname(host, port: port), serverName: "dossier",
            availableConnectionsDelegate: MaximumAvailableConnections(limits.connections, logger: Self.logger))
        let app = Application(
            responder: responder, server: .http1(configuration: .init(idleTimeout: .seconds(Self.idleSeconds))),
            configuration: configuration,
            onServerRunning: { channel in await onReady(channel.localAddress?.port ?? port) }, logger: Self.logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await Self.serviceGroup(running: app).run() }
            group.addTask {
                var snapshot = initial
                while let next = await watcher.nextChange(after: snapshot, interval: pollInterval) {
                    snapshot = next
                    if let refused = await rebuild(state) { throw refused }
                }
                await state.finishAll()
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    /// How long (in seconds) a connection may stay open with no request under way: one left open
    /// by a client that no longer asks anything holds a place among the connections allowed
    /// (`ConnectionLimits`), which a page opened later would wait for.
    private static let idleSeconds: Int64 = 10

    /// How long the server is given to end its open responses once SIGINT or SIGTERM asked it to
    /// stop; those still open then are cancelled. Live-reload streams end at once, but a
    /// request sent behind one on the same connection is never read (the stream's watch for
    /// the connection's end takes it), and held the server for ever.
    private static let shutdownGrace = Duration.seconds(2)

    /// `app` run until SIGINT or SIGTERM stops it, then given `shutdownGrace` to end.
    private static func serviceGroup(running app: some Service) -> ServiceGroup {
        var configuration = ServiceGroupConfiguration(
            services: [app], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        configuration.maximumGracefulShutdownDuration = shutdownGrace
        return ServiceGroup(configuration: configuration)
    }

    /// The server's log: critical messages only. `serve` prints where it listens and each
    /// build itself; at the default level the server repeated the first as a log line, under
    /// `--quiet` too, and when a rebuild stops the server its shutdown was logged as errors
    /// («Waiting on child channel: CancellationError()») before the error that stopped it. A
    /// failure to listen is thrown, and printed as the command's error.
    private static var logger: Logger {
        var logger = Logger(label: "dossier")
        logger.logLevel = .critical
        return logger
    }

    /// One build; its outcome goes to the state (and so to open pages) and to `onBuild`.
    /// Returns the error when the build refused the output folder (`OutputError.refusesFolder`):
    /// it must not be served.
    private func rebuild(_ state: PreviewState) async -> OutputError? {
        do {
            let report = try await builder.build(outputFolder: outputFolder)
            onBuild(.success(report))
            await state.finish(failure: report.failed ? BuildFailure(diagnostics: report.diagnostics, error: nil) : nil)
        } catch let refused as OutputError where refused.refusesFolder {
            return refused
        } catch let diagnostic as Diagnostic {
            // Shown as a diagnostic, with its location and fix, not after a second "error:".
            onBuild(.failure(diagnostic))
            await state.finish(failure: BuildFailure(diagnostics: [diagnostic], error: nil))
        } catch {
            onBuild(.failure(error))
            // Every broken template is listed and counted, each with its location and fix.
            let templateProblems = TemplateErrors.problems(in: error)
            await state.finish(
                failure: templateProblems.isEmpty
                    ? BuildFailure(diagnostics: [], error: String(describing: error))
                    : BuildFailure(diagnostics: templateProblems.map(\.diagnostic), error: nil))
        }
        return nil
    }
}
