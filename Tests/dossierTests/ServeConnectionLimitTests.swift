import Foundation
import Testing

/// `serve` keeps a bounded number of connections and live-reload streams open, set from the
/// files it may open (`ulimit -n`), so that a rebuild always has files left: thousands of open
/// live-reload connections took them all, the rebuild said the source folder could not be
/// read, and the process died in libdispatch (SIGILL). Here it may open 128 files: 16
/// connections, 12 streams.
struct ServeConnectionLimitTests {
    /// A request of `path`, as a browser on this machine sends it.
    private func request(_ path: String, port: Int) -> String {
        "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n"
    }

    /// The status line of the answer to a request of the home page, on a new connection,
    /// waiting at most `seconds`.
    private func homePage(port: Int, seconds: Int = 30) throws -> String {
        let connection = try RawHTTPConnection(port: port)
        try connection.send(request("/", port: port))
        return connection.receive(until: "\r\n", seconds: seconds).components(separatedBy: "\r\n")[0]
    }

    @Test(.timeLimit(.minutes(3))) func streamsOverTheLimitAre503AndClosedOnesFreeTheirPlaces() async throws {
        try await ServeRun.onFixture(fileLimit: 128) { serve, _, port in
            var streams: [RawHTTPConnection] = []
            var refusal: String?
            for _ in 0..<100 where refusal == nil {
                let connection = try RawHTTPConnection(port: port)
                try connection.send(request("/__dossier/events", port: port))
                let answer = connection.receive(until: "data: hello", "tabs")
                try #require(answer.contains("data: hello") || answer.contains("tabs"), "\(streams.count): \(answer)")
                if answer.contains("data: hello") { streams.append(connection) } else { refusal = answer }
            }
            let refused = try #require(refusal, "\(streams.count) streams open, none refused")
            #expect(refused.hasPrefix("HTTP/1.1 503"))
            #expect(refused.contains("too many live-reload streams are open (12)"))
            #expect(streams.count == 12)
            // Pages are still served while every stream is taken.
            #expect(try homePage(port: port) == "HTTP/1.1 200 OK")

            // The pages go: their places are free again.
            for stream in streams { stream.close() }
            var reopened = false
            for _ in 0..<300 where !reopened {
                let connection = try RawHTTPConnection(port: port)
                try connection.send(request("/__dossier/events", port: port))
                reopened = connection.receive(until: "data: hello", "tabs").contains("data: hello")
                if !reopened { try await Task.sleep(for: .milliseconds(100)) }
            }
            #expect(reopened, "the streams closed still count")
        }
    }

    @Test(.timeLimit(.minutes(3))) func connectionsOverTheLimitLeaveTheRebuildItsFiles() async throws {
        try await ServeRun.onFixture(fileLimit: 128) { serve, source, port in
            // More connections than the server may open files: 16 are taken, the rest wait.
            let held = try (0..<120).map { _ in try RawHTTPConnection(port: port) }
            let index = source.appendingPathComponent("index.md")
            try (try Data(contentsOf: index) + Data("\nمقطع أضيف.\n".utf8)).write(to: index, options: .atomic)
            // The rebuild prints its summary, or its errors. The watcher may see the change as two
            // events and build twice: at least one rebuild is asked.
            for _ in 0..<600
            where serve.printed.text.components(separatedBy: "dossier: built").count < 3
                && !serve.printed.text.contains("error:")
            {
                try await Task.sleep(for: .milliseconds(100))
            }
            let printed = serve.printed.text
            #expect(printed.components(separatedBy: "dossier: built").count >= 3, "\(printed)")
            #expect(!printed.contains("error:"), "\(printed)")
            #expect(serve.process.isRunning)

            for connection in held { connection.close() }
            #expect(try homePage(port: port) == "HTTP/1.1 200 OK")
        }
    }

    @Test(.timeLimit(.minutes(3))) func connectionsLeftIdleAreClosedForPagesOpenedLater() async throws {
        try await ServeRun.onFixture(fileLimit: 128) { serve, _, port in
            // Every place taken by a connection that asks nothing, and more waiting.
            let held = try (0..<30).map { _ in try RawHTTPConnection(port: port) }
            // Closed after 10 s idle, they let the page in.
            #expect(try homePage(port: port, seconds: 90) == "HTTP/1.1 200 OK")
            #expect(held.count == 30)
        }
    }
}
