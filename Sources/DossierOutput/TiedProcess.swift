import COutputSupport
import Foundation

/// Runs a program as a child that cannot outlive this process: the kernel kills it when
/// dossier dies, on SIGINT, SIGTERM and SIGKILL alike, so an interrupted build leaves no
/// indexer writing into a folder that is about to be removed. (Foundation's `Process` starts
/// children in a session of their own, where they survive the parent.)
enum TiedProcess {
    /// Runs `executable` with `arguments` to completion and returns its exit status and its
    /// stdout and stderr, read from one pipe so that neither can fill up and block the child.
    /// Spawning, reading and waiting happen on the calling thread, the thread the child is tied to.
    static func run(_ executable: String, arguments: [String]) throws -> (status: Int32, output: String) {
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
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
            if count > 0 {
                output += chunk[0..<count]
            } else if count == 0 || errno != EINTR {
                break
            }
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0, errno == EINTR {}
        let exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (exitStatus, String(decoding: output, as: UTF8.self))
    }
}
