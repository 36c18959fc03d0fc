import ArgumentParser
import DossierLoader
import DossierOutput
import DossierServer
import DossierSite
import Foundation

/// `dossier serve`: build, serve on 127.0.0.1, rebuild on every change and reload open pages.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build and serve the site locally; rebuild on changes and reload open pages.")

    @OptionGroup var sources: SourceOptions

    @Option(
        name: .long,
        help: "The folder to write the site to (default: public, or ../<name>-site when run inside a dossier).")
    var output: String?

    /// The output folder: the one given, else `DefaultFolders.output(for:)`.
    var outputFolder: String { output ?? DefaultFolders.output(for: sources.source) }

    @Flag(
        name: .long,
        help:
            "Build into a non-empty folder that dossier did not write; its files are kept, those at the site's paths replaced."
    )
    var force = false

    @Option(name: .long, help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on (0: any free port).")
    var port = 8080

    /// Without the index, a rebuild after an edit skips Pagefind, which at 10,000 articles is
    /// most of it (50 of 57 s).
    @OptionGroup var search: SearchOption

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        try EmptyArgument.refuse(output, as: "--output", expected: "the folder to write the site to")
        try EmptyArgument.refuse(host, as: "--host", expected: "an address to listen on, such as 127.0.0.1")
        // Out of range, the number wrapped round to another port (99999 listened on 34463).
        guard (0...65535).contains(port) else {
            throw ValidationError("--port \(port) is not a port: give 1 to 65535, or 0 for any free port")
        }
    }

    func run() async throws {
        // Serving a folder that is not there would only serve its error page, forever.
        try await Console.runReportingErrors(format: display.format) { [sources] in
            try DossierLoader.checkSourceFolder(sources.source)
        }
        var builder = sources.builder()
        builder.searchIndexer = search.indexer
        builder.force = force
        let reporter = Reporter(display: display)
        var server = PreviewServer(builder: builder, outputFolder: outputFolder, host: host, port: port)
        let output = outputFolder
        // A first build that fails has no good site to fall back on.
        let failed: @Sendable () -> String = {
            FileManager.default.fileExists(atPath: output + "/" + OutputManifest.fileName)
                ? "build failed; still serving the last good site"
                : "build failed; no site is built yet, so the error is served until a build succeeds"
        }
        server.onBuild = { outcome in
            switch outcome {
            case .success(let report):
                reporter.printDiagnostics(report.diagnostics)
                if report.failed {
                    Console.printFailure(report, action: failed())
                } else {
                    reporter.printSummary(
                        "built \(report.pageCount) pages (\(report.fileCount) files) into \(output)", report)
                }
            case .failure(let error):
                // A stopping error (a template that does not parse) is one error of the build;
                // a templates folder may have several.
                Console.printThrown(error, format: reporter.display.format)
                let count = ThrownError.diagnostics(error).count
                Console.writeError("dossier: \(failed()): \(count) error\(count == 1 ? "" : "s")")
            }
        }
        let host = host
        let watched = ([sources.source] + (builder.templatesFolderInUse.map { [$0] } ?? [])).joined(separator: " and ")
        try await Console.runReportingErrors(format: display.format) { [server] in
            try await server.run { port in
                Console.writeError(
                    "dossier: serving http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ (watching \(watched); Ctrl-C stops)"
                )
            }
        }
    }
}
