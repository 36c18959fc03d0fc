import Foundation
import Testing

/// SIGINT (Ctrl-C) and SIGTERM stop `dossier serve` within seconds, with status 0, whatever
/// the live-reload streams of the pages viewed are doing. Once a page had been viewed, its
/// stream kept the server waiting for ever after either signal, even when the page had been
/// closed: only SIGKILL ended it.
struct ServeShutdownTests {
    /// What a page's live-reload stream is doing when the signal comes.
    enum Stream: String, CaseIterable, CustomTestStringConvertible {
        /// Opened, then closed (a tab closed, or a page left for another).
        case closed
        /// Still open (a tab still showing a page).
        case open
        /// Still open, with another request sent behind it on its connection.
        case requestBehind

        var testDescription: String { rawValue }
    }

    @Test(.timeLimit(.minutes(2)), arguments: Stream.allCases, [SIGINT, SIGTERM])
    func aSignalStopsTheServer(stream: Stream, signal: Int32) async throws {
        try await ServeRun.onFixture { serve, _, port in
            let connection = try RawHTTPConnection(port: port)
            let request = { (path: String) in "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n" }
            try connection.send(request("/__dossier/events") + (stream == .requestBehind ? request("/") : ""))
            #expect(connection.receive(until: "data: hello").contains("data: hello"))
            if stream == .closed { connection.close() }

            kill(serve.process.processIdentifier, signal)
            try #require(try await serve.exits(within: 15), "still serving 15 s after signal \(signal)")
            #expect(serve.process.terminationReason == .exit && serve.process.terminationStatus == 0)
        }
    }
}
