import Foundation
import Testing

/// A TCP connection to a local server that sends exactly the bytes it is given, for requests
/// no HTTP client library would send as they are (a stream held open, requests pipelined,
/// any `Host` header).
final class RawHTTPConnection {
    private let socket: Int32
    /// Set once closed: the descriptor's number may then be another file's.
    private var closed = false

    /// Connects to 127.0.0.1 on `port`.
    init(port: Int) throws {
        socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(socket >= 0, "socket: \(String(cString: strerror(errno)))")
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        if connected != 0 { Foundation.close(socket) }
        try #require(connected == 0, "connect: \(String(cString: strerror(errno)))")
    }

    deinit { close() }

    /// Sends `text` whole.
    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Foundation.send(socket, $0.baseAddress, $0.count, 0) }
            try #require(count > 0, "send: \(String(cString: strerror(errno)))")
            sent += count
        }
    }

    /// What the server sends until one of `texts` is among it or the server closes the
    /// connection, waiting at most `seconds` in all.
    func receive(until texts: String..., seconds: Int = 30) -> String {
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var received = Data()
        let deadline = Date().addingTimeInterval(Double(seconds))
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline, !texts.contains(where: String(decoding: received, as: UTF8.self).contains) {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count == 0 { break }
            if count > 0 { received.append(contentsOf: buffer[..<count]) }
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// Closes the connection (again: no effect).
    func close() {
        guard !closed else { return }
        closed = true
        Foundation.close(socket)
    }
}
