import DossierOutput
import DossierSite
import Foundation
import Testing

@testable import DossierServer

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `dossier serve` end to end: a real HTTP client against 127.0.0.1 sees a page change after
/// its source is edited, and a broken edit shows diagnostics over the last good page.
struct PreviewServerTests {
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Receives the port once the server listens.
    private actor PortBox {
        var port: Int?
        func set(_ value: Int) { port = value }
    }

    private func fetch(_ url: URL, method: String = "GET") async throws -> (status: Int, type: String, body: String) {
        try await exchange(url, method: method).result
    }

    /// One request; also returns the response's `Allow` and `Content-Length` headers.
    private func exchange(
        _ url: URL, method: String
    ) async throws -> (result: (status: Int, type: String, body: String), allow: String?, length: String?) {
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.cachePolicy = .reloadIgnoringLocalCacheData
        request.timeoutInterval = 60
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        return (
            (
                http.statusCode, http.value(forHTTPHeaderField: "Content-Type") ?? "",
                String(decoding: data, as: UTF8.self)
            ),
            http.value(forHTTPHeaderField: "Allow"), http.value(forHTTPHeaderField: "Content-Length")
        )
    }

    /// Polls `url` until `condition` holds on its body, for at most `seconds`.
    private func poll(_ url: URL, seconds: Double = 20, until condition: (String) -> Bool) async throws -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let body = try? await fetch(url).body, condition(body) { return body }
            try await Task.sleep(for: .milliseconds(200))
        }
        return nil
    }

    /// Takes the lock of `descriptor` once no build holds it: the page a build writes is served
    /// before the build lets go of the lock (a busy machine met it held).
    private func lockWhenFree(_ descriptor: Int32, seconds: Double = 20) async throws -> Bool {
        guard descriptor >= 0 else { return false }
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }

    // The time limits guard against a hang; the server runs in the test process beside every
    // other test, and a busy machine starved this one past two minutes (290 s, the whole run
    // 560 s) though nothing hung.
    @Test(.timeLimit(.minutes(5))) func servesRebuildsAndShowsFailures() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-serve-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("source")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.root.appendingPathComponent("Tests/Fixtures/site/good"), to: source)
        let builder = SiteBuilder(
            sourceFolder: source.path, templatesFolder: Self.root.appendingPathComponent("Templates").path)
        var server = PreviewServer(builder: builder, outputFolder: folder.appendingPathComponent("site").path, port: 0)
        server.pollInterval = .milliseconds(100)
        let box = PortBox()
        let task = Task { try await server.run { port in await box.set(port) } }
        defer { task.cancel() }

        var port: Int?
        for _ in 0..<300 where port == nil {
            port = await box.port
            if port == nil { try await Task.sleep(for: .milliseconds(100)) }
        }
        let listening = try #require(port)
        let base = try #require(URL(string: "http://127.0.0.1:\(listening)/"))
        let page = base.appendingPathComponent("articles/alpha/")

        // Served with the live-reload script, which the written file does not have.
        let first = try await fetch(page)
        #expect(first.status == 200)
        #expect(first.type == "text/html; charset=utf-8")
        #expect(first.body.contains("جولة جديدة من مفاوضات سد النهضة في الخرطوم"))
        #expect(first.body.contains(PreviewPage.eventsPath))
        let written = try String(
            contentsOf: folder.appendingPathComponent("site/articles/alpha/index.html"), encoding: .utf8)
        #expect(!written.contains(PreviewPage.eventsPath))
        #expect(try await fetch(base.appendingPathComponent("assets/style.css")).type == "text/css; charset=utf-8")
        #expect(try await fetch(base.appendingPathComponent("no/such/page")).status == 404)
        // A folder asked for without its slash is redirected with the query kept.
        let search = try #require(URL(string: base.absoluteString + "search?q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86"))
        let session = URLSession(configuration: .ephemeral, delegate: RedirectStopper(), delegateQueue: nil)
        let (_, redirect) = try await session.data(from: search)
        let redirected = try #require(redirect as? HTTPURLResponse)
        #expect(redirected.statusCode == 301)
        #expect(redirected.value(forHTTPHeaderField: "Location") == "/search/?q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86")

        // Over the wire: a NUL cannot turn the raw article into HTML; HEAD answers like GET
        // without a body; a write method gets 405 with Allow.
        let raw = try await fetch(base.appendingPathComponent("articles/alpha/original.txt"))
        #expect(raw.status == 200 && raw.type == "text/plain; charset=utf-8")
        let nul = try #require(URL(string: base.absoluteString + "articles/alpha/original.txt%00.html"))
        #expect(try await fetch(nul).status == 400)
        let get = try await exchange(page, method: "GET")
        let head = try await exchange(page, method: "HEAD")
        #expect(head.result.status == 200 && head.result.body.isEmpty)
        #expect(head.result.type == get.result.type && head.length == get.length)
        let post = try await exchange(page, method: "POST")
        #expect(post.result.status == 405 && post.allow == "GET, HEAD")

        // Edit the source: the page changes.
        let sidecar = source.appendingPathComponent("articles/alpha.yml")
        let original = try String(contentsOf: sidecar, encoding: .utf8)
        let retitled = original.replacingOccurrences(
            of: "title: جولة جديدة من مفاوضات سد النهضة في الخرطوم", with: "title: عنوان معدل أثناء المعاينة")
        try Data(retitled.utf8).write(to: sidecar)
        let changed = try await poll(page) { $0.contains("عنوان معدل أثناء المعاينة") }
        #expect(changed != nil, "the page did not change after its source was edited")

        // Break it: the last good page stays served, with the diagnostics over it.
        try Data((retitled + "not_a_key: 1\n").utf8).write(to: sidecar)
        let broken = try await poll(page) { $0.contains("dossier-build-failure") }
        let shown = try #require(broken, "the failed build's diagnostics were not shown")
        #expect(shown.contains("عنوان معدل أثناء المعاينة"))
        #expect(shown.contains("not_a_key"))
        #expect(shown.contains("alpha.yml"))

        // Fix it: the overlay goes.
        try Data(retitled.utf8).write(to: sidecar)
        let fixed = try await poll(page) { !$0.contains("dossier-build-failure") }
        #expect(fixed != nil)

        // Another build holds the output's lock: the rebuild fails and says so, and the site
        // stays served; once the lock is let go, the next edit builds.
        let lockPath = folder.appendingPathComponent(".site.dossier-lock").path
        let lock = open(lockPath, O_RDWR | O_CREAT, 0o644)
        #expect(try await lockWhenFree(lock), "the output's lock was still held after the fixed build")
        try Data((retitled + "\n").utf8).write(to: sidecar)
        let locked = try await poll(page) { $0.contains("another dossier build is writing") }
        #expect(locked != nil, "the rebuild that met the lock was not shown as failed")
        flock(lock, LOCK_UN)
        close(lock)
        try Data(retitled.utf8).write(to: sidecar)
        #expect(try await poll(page) { !$0.contains("dossier-build-failure") } != nil, "serve stopped at the lock")

        // The source folder goes away: its diagnostic is shown once, with its fix.
        let moved = folder.appendingPathComponent("moved")
        try FileManager.default.moveItem(at: source, to: moved)
        let gone = try await poll(page) { $0.contains("source-missing") }
        let overlay = try #require(gone, "the missing source was not shown")
        #expect(overlay.contains("the source folder does not exist"))
        #expect(!overlay.contains("error: " + source.path))
        #expect(!FileManager.default.fileExists(atPath: source.path))
    }
}

/// `serve` never serves a folder a build may not write: one that holds files of somebody
/// else's (a home folder's `.ssh/`), or the source folder itself. It refuses before it listens,
/// and stops when a rebuild finds the output is no longer the site's.
struct PreviewServerRefusalTests {
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A copy of the good fixture in a new folder, and a builder for it.
    private func workspace() throws -> (folder: URL, source: URL, builder: SiteBuilder) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dossier-refuse-\(UUID().uuidString)")
        let source = folder.appendingPathComponent("source")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Tests/Fixtures/site/good"), to: source)
        let builder = SiteBuilder(
            sourceFolder: source.path, templatesFolder: Self.root.appendingPathComponent("Templates").path)
        return (folder, source, builder)
    }

    @Test(.timeLimit(.minutes(5))) func aFolderOfSomebodyElsesIsNeitherBuiltIntoNorServed() async throws {
        let (folder, source, builder) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let home = folder.appendingPathComponent("home")
        try FileManager.default.createDirectory(
            at: home.appendingPathComponent(".ssh"), withIntermediateDirectories: true)
        try Data("key\n".utf8).write(to: home.appendingPathComponent(".ssh/id_rsa"))
        for output in [home.path, source.path] {
            let server = PreviewServer(builder: builder, outputFolder: output, port: 0)
            let listened = Box()
            let task = Task { try await server.run { _ in await listened.set() } }
            defer { task.cancel() }
            #expect(try await Self.error(of: task, seconds: 20) is OutputError, "\(output) was not refused")
            #expect(await !listened.value, "\(output) was served")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path) == [".ssh"])
    }

    @Test(.timeLimit(.minutes(5))) func aRebuildIntoAFolderNoLongerTheSitesStopsTheServer() async throws {
        let (folder, source, builder) = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site")
        var server = PreviewServer(builder: builder, outputFolder: output.path, port: 0)
        server.pollInterval = .milliseconds(100)
        let listened = Box()
        let task = Task { try await server.run { _ in await listened.set() } }
        defer { task.cancel() }
        for _ in 0..<300 where await !listened.value { try await Task.sleep(for: .milliseconds(100)) }
        #expect(await listened.value)
        // The site's record goes, so its files are no longer known to be ours; then a source changes.
        try FileManager.default.removeItem(at: output.appendingPathComponent(".dossier-manifest.json"))
        let index = source.appendingPathComponent("index.md")
        try (try Data(contentsOf: index) + Data("\nمقطع أضيف.\n".utf8)).write(to: index)
        #expect(try await Self.error(of: task, seconds: 60) is OutputError)
    }

    /// The error `task` ended with, waiting at most `seconds` (nil: it ended without one);
    /// throws when it is still running then, so that a server that serves on fails the test
    /// instead of hanging it.
    private static func error(of task: Task<Void, any Error>, seconds: Int) async throws -> (any Error)? {
        let outcome = Outcome()
        Task {
            do {
                try await task.value
                await outcome.set(nil)
            } catch {
                await outcome.set(error)
            }
        }
        for _ in 0..<(seconds * 10) {
            if let ended = await outcome.ended { return ended }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw StillServing()
    }

    /// How a task ended: nil while it runs, then the error it threw (nil inside for none).
    private actor Outcome {
        var ended: (any Error)??
        func set(_ error: (any Error)?) { ended = .some(error) }
    }

    private struct StillServing: Error {}

    /// Set once, by the server when it listens.
    private actor Box {
        var value = false
        func set() { value = true }
    }
}

/// Stops a session at a redirect, so that its `Location` can be read (FoundationNetworking
/// loops on a relative one).
private final class RedirectStopper: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
