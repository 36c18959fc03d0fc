import Foundation
import Testing

/// `serve --no-search` previews the site without its search index, as `build --no-search`
/// builds it: Pagefind is not run (at 10,000 articles it is most of every rebuild) and the
/// search page says search is unavailable. Without the flag, `serve` runs it. Either way it
/// says where it listens once.
struct ServeSearchTests {
    static let fixture = DossierBinary.root.appendingPathComponent("Tests/Fixtures/site/good")
    static let templates = DossierBinary.root.appendingPathComponent("Templates").path

    @Test(.timeLimit(.minutes(2)), arguments: [true, false])
    func serveRunsPagefindUnlessToldNotTo(noSearch: Bool) async throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("source")
        try FileManager.default.copyItem(at: Self.fixture, to: source)
        // A stand-in for Pagefind that notes each run and writes an index's entry file.
        let indexer = folder.appendingPathComponent("pagefind.sh")
        let runs = folder.appendingPathComponent("runs.log")
        try Data(
            """
            #!/bin/sh
            echo run >> "\(runs.path)" && mkdir -p "$4" && echo index > "$4/pagefind-entry.json"

            """.utf8
        ).write(to: indexer)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: indexer.path)
        let output = folder.appendingPathComponent("public")

        let serve = try ServeRun(
            [
                "serve", "--source", source.path, "--templates", Self.templates, "--output", output.path, "--port",
                "0",
            ] + (noSearch ? ["--no-search"] : []), environment: ["DOSSIER_PAGEFIND": indexer.path])
        defer { serve.stop() }
        // The server says where it listens once the first build is written.
        try await serve.waitUntilServing()
        let printed = serve.printed
        // Where it listens is said once, by dossier: not again in the server's log.
        #expect(!printed.text.contains("Server started"), "\(printed.text)")

        #expect(FileManager.default.fileExists(atPath: runs.path) == !noSearch)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("pagefind").path) == !noSearch)
        let search = try String(contentsOf: output.appendingPathComponent("search/index.html"), encoding: .utf8)
        #expect(search.contains("data-indexed=\"no\"") == noSearch)
    }
}

/// A rebuild that finds the output no longer the site's stops `serve` with that error alone:
/// the server's own shutdown is not logged as errors before it.
struct ServeStopTests {
    @Test(.timeLimit(.minutes(2))) func aServerStoppedByARefusedRebuildSaysOnlyWhy() async throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("source")
        try FileManager.default.copyItem(at: ServeSearchTests.fixture, to: source)
        let output = folder.appendingPathComponent("public")
        let serve = try ServeRun([
            "serve", "--source", source.path, "--templates", ServeSearchTests.templates, "--output", output.path,
            "--port", "0", "--no-search",
        ])
        defer { serve.stop() }
        try await serve.waitUntilServing()
        let (process, printed) = (serve.process, serve.printed)
        // The output stops being the site's (its manifest gone, a file of the user's in it).
        try FileManager.default.removeItem(at: output.appendingPathComponent(".dossier-manifest.json"))
        let config = source.appendingPathComponent("dossier.yml")
        let text = try String(contentsOf: config, encoding: .utf8)
        try (text + "# edited\n").write(to: config, atomically: true, encoding: .utf8)
        for _ in 0..<600 where process.isRunning { try await Task.sleep(for: .milliseconds(100)) }
        #expect(!process.isRunning)
        #expect(process.terminationStatus == 1)
        #expect(
            !printed.text.contains("CancellationError") && !printed.text.contains("HummingbirdCore"), "\(printed.text)")
    }
}
