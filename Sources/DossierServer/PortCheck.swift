import DossierModel
import Foundation

/// Whether the preview server could listen on its address, asked before the first build so a
/// busy port is reported in a moment rather than after building the whole site.
public enum PortCheck {
    /// Why the server cannot listen; its description says what to do.
    public struct Unavailable: Error, Sendable, CustomStringConvertible {
        /// The address asked for (`--host`).
        let host: String
        /// The port asked for (`--port`).
        let port: Int
        /// `errno` of the failed bind (or of the failed name lookup, as `EADDRNOTAVAIL`).
        let code: Int32

        public var description: String { "\(message); \(fix)" }

        /// As a diagnostic (`address-unavailable`), so `--format json` gives it its own code.
        public var diagnostic: Diagnostic { .error(.addressUnavailable, message, fix: fix) }

        /// What failed.
        var message: String {
            switch code {
            case EADDRINUSE: "port \(port) is already in use on \(host) (another server is running there)"
            case EACCES: "no permission to listen on \(host):\(port) (ports below 1024 need privileges)"
            default: "cannot listen on \(host):\(port) (\(String(cString: strerror(code))))"
            }
        }

        /// What to do.
        var fix: String {
            switch code {
            case EADDRINUSE:
                "stop it, pick another port with `--port \(port == 65535 ? port - 1 : port + 1)`, "
                    + "or use `--port 0` for any free port (the address is printed when serving)"
            case EACCES: "use a port above 1024, such as `--port 8080`, or `--port 0` for any free port"
            default: "check `--host` (such as 127.0.0.1) and `--port`, or use `--port 0` for any free port"
            }
        }
    }

    /// Throws `Unavailable` when `host:port` cannot be bound now; port 0 (any free port) is
    /// bound too, which checks that this machine has the address.
    static func check(host: String, port: Int) throws {
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
            hints.ai_socktype = SOCK_STREAM
        #endif
        var info: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &info) == 0, let first = info else {
            throw Unavailable(host: host, port: port, code: EADDRNOTAVAIL)
        }
        defer { freeaddrinfo(info) }
        let socket = Foundation.socket(first.pointee.ai_family, first.pointee.ai_socktype, first.pointee.ai_protocol)
        guard socket >= 0 else { throw Unavailable(host: host, port: port, code: errno) }
        defer { close(socket) }
        // The server sets SO_REUSEADDR too: a port left in TIME_WAIT by the last run is free.
        var reuse: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        guard bind(socket, first.pointee.ai_addr, first.pointee.ai_addrlen) == 0 else {
            throw Unavailable(host: host, port: port, code: errno)
        }
    }
}
