import DossierModel

/// How many connections, and live-reload streams among them, the preview server keeps open at
/// once. Each is a file descriptor, and a rebuild needs descriptors of its own: with no bound,
/// 3,000 open live-reload connections took every descriptor the process was allowed, the
/// rebuild could not list the source folder, and the process died in libdispatch (SIGILL).
struct ConnectionLimits: Sendable, Equatable {
    /// Connections open at once; more wait in the listening socket's queue until one closes.
    let connections: Int
    /// Live-reload streams open at once; more are answered 503.
    let eventStreams: Int

    /// The limits for a process allowed `descriptors` open files: half of them less 64 (the
    /// rest is the server's own and a rebuild's: the source files, the output's, the search
    /// indexer's pipes), from 16 to 1,024 connections; three quarters of those, at most 256,
    /// live-reload streams, so that pages are still served when every stream is taken.
    init(descriptors: Int) {
        connections = min(max(descriptors / 2 - 64, 16), 1024)
        eventStreams = min(connections * 3 / 4, 256)
    }

    /// The limits for this process's limit of open files (`ulimit -n`).
    static func forThisProcess() -> ConnectionLimits {
        ConnectionLimits(descriptors: OpenFileLimit.current ?? 1024)
    }
}
