import DossierSite
import Foundation
import Testing

@testable import DossierServer

/// A busy port is reported before anything is built, with what to do about it.
struct PortCheckTests {
    /// A socket listening on 127.0.0.1 at a free port, closed by `close()`.
    private struct Listener {
        let socket: Int32
        let port: Int

        static func open() throws -> Listener {
            let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) }
            }
            try #require(bound == 0 && listen(socket, 1) == 0)
            _ = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
            }
            return Listener(socket: socket, port: Int(UInt16(bigEndian: address.sin_port)))
        }

        func close() { _ = Foundation.close(socket) }
    }

    @Test func aBusyPortFailsBeforeTheBuild() async throws {
        let listener = try Listener.open()
        defer { listener.close() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-port-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let builder = SiteBuilder(sourceFolder: folder.path + "/source", templatesFolder: folder.path + "/templates")
        let output = folder.appendingPathComponent("site").path
        let server = PreviewServer(builder: builder, outputFolder: output, port: listener.port)
        let clock = ContinuousClock()
        let start = clock.now
        let error = await #expect(throws: PortCheck.Unavailable.self) { try await server.run() }
        #expect(clock.now - start < .seconds(5))
        #expect(error?.code == EADDRINUSE)
        #expect(error?.description.contains("port \(listener.port) is already in use") == true)
        #expect(error?.description.contains("--port 0") == true)
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func aFreePortAndPortZeroPass() throws {
        let listener = try Listener.open()
        let port = listener.port
        listener.close()
        #expect(throws: Never.self) { try PortCheck.check(host: "127.0.0.1", port: port) }
        #expect(throws: Never.self) { try PortCheck.check(host: "127.0.0.1", port: 0) }
    }

    @Test func anUnknownHostIsNamed() {
        let error = #expect(throws: PortCheck.Unavailable.self) {
            try PortCheck.check(host: "no-such-host.invalid", port: 8080)
        }
        #expect(error?.description.contains("cannot listen on no-such-host.invalid:8080") == true)
    }

    /// An address of another machine (192.0.2.1 is kept for documentation, never assigned) is
    /// refused before anything is built, with `--port 0` too: any free port of an address this
    /// machine does not have is no port.
    @Test(arguments: [0, 8080]) func anAddressThisMachineDoesNotHaveIsNamed(port: Int) {
        let error = #expect(throws: PortCheck.Unavailable.self) { try PortCheck.check(host: "192.0.2.1", port: port) }
        #expect(error?.code == EADDRNOTAVAIL)
        #expect(error?.description.contains("cannot listen on 192.0.2.1:\(port)") == true)
        #expect(error?.description.contains("check `--host`") == true)
    }
}
