import Foundation
import Testing

/// Over the wire, `serve` answers requests for its own names only: a page using DNS rebinding
/// (its name re-pointed at 127.0.0.1) read the unpublished dossier's data before.
struct ServeHostTests {
    @Test(.timeLimit(.minutes(2))) func requestsForAnotherHostAreRefused() async throws {
        try await ServeRun.onFixture { serve, _, port in
            /// The status line and the rest of the answer to one request, `Connection: close`.
            func answer(_ head: String) throws -> String {
                let connection = try RawHTTPConnection(port: port)
                try connection.send(head + "\r\nConnection: close\r\n\r\n")
                return connection.receive(until: "\u{0}")
            }
            for path in ["/data/dossier.json", "/", "/__dossier/events"] {
                let refused = try answer("GET \(path) HTTP/1.1\r\nHost: attacker.example:\(port)")
                #expect(refused.hasPrefix("HTTP/1.1 403"), "\(path): \(refused)")
                #expect(refused.contains("answers only for localhost"))
                #expect(!refused.contains("\"articles\""))
            }
            for host in ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)"] {
                let answered = try answer("GET /data/dossier.json HTTP/1.1\r\nHost: \(host)")
                #expect(answered.hasPrefix("HTTP/1.1 200") && answered.contains("\"articles\""), "\(host): \(answered)")
            }
            // HTTP/1.0 needs no Host header.
            #expect(try answer("GET /data/dossier.json HTTP/1.0").hasPrefix("HTTP/1.1 200"))
        }
    }
}
