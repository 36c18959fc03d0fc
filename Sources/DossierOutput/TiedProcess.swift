import COutputSupport
import Foundation

/// Runs a program that cannot outlive this process, nor can anything it starts: a guardian
/// child (`dossier_spawn_tied`), told by the kernel when dossier dies (on SIGINT, SIGTERM and
/// SIGKILL alike), kills the program's process group, so an interrupted build leaves no indexer
/// (nor a wrapper script's children) writing into a folder that is about to be removed.
/// (Foundation's `Process` starts children in a session of their own, where they survive the
/// parent.)
enum TiedProcess {
    /// How a run ended.
    enum Ending: Sendable, Hashable {
        /// The program exited with this status (128 + the signal when a signal killed it).
        case exited(Int32)
        /// The program was still running at the deadline, and was killed with its process group.
        case timedOut
    }

    /// Runs `executable` with `arguments` until it exits or `timeout` has passed, and returns
    /// how it ended and its stdout and stderr, read from one pipe so that neither can fill up
    /// and block the child. At the deadline the child's process group (the child and whatever it
    /// started) is killed. Spawning, reading and waiting happen on the calling thread, the
    /// thread the child is tied to.
    static func run(
        _ executable: String, arguments: [String], timeout: Duration
    ) throws -> (ending: Ending, output: String) {
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var readEnd: Int32 = -1
        let child = argv.withUnsafeBufferPointer { buffer in
            dossier_spawn_tied(executable, UnsafeMutablePointer(mutating: buffer.baseAddress), &readEnd)
        }
        guard child > 0 else {
            throw OutputError("cannot start \(executable): \(String(cString: strerror(errno)))")
        }
        defer { close(readEnd) }
        let (output, finished) = readUntilClosed(readEnd, deadline: ContinuousClock.now + timeout)
        if !finished { kill(-child, SIGKILL) }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0, errno == EINTR {}
        let text = String(decoding: output, as: UTF8.self)
        guard finished else { return (.timedOut, text) }
        let exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (.exited(exitStatus), text)
    }

    /// Reads `descriptor` until every writer has closed it or `deadline` has passed; returns
    /// what was read and whether the end was reached.
    private static func readUntilClosed(
        _ descriptor: Int32, deadline: ContinuousClock.Instant
    ) -> (output: [UInt8], finished: Bool) {
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { return (output, false) }
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let milliseconds = left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000
            let polled = poll(&ready, 1, Int32(clamping: milliseconds + 1))
            if polled < 0, errno != EINTR { return (output, true) }
            guard polled > 0 else { continue }
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                output += chunk[0..<count]
            } else if count == 0 || errno != EINTR {
                return (output, true)
            }
        }
    }
}
