import ArgumentParser
import DossierSite

/// `dossier build`: the whole pipeline, then the output folder is replaced.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the site; the output is replaced only when the build succeeds.")

    @OptionGroup var sources: SourceOptions

    @Option(
        name: .long,
        help: "The folder to write the site to (default: public, or ../<name>-site when run inside a dossier).")
    var output: String?

    /// The output folder: the one given, else `DefaultFolders.output(for:)`.
    var outputFolder: String { output ?? DefaultFolders.output(for: sources.source) }

    @Flag(name: .long, help: "Ignore the build cache: render and write every file anew.")
    var clean = false

    @Flag(
        name: .long,
        help:
            "Build into a non-empty folder that dossier did not write; its files are kept, those at the site's paths replaced."
    )
    var force = false

    @OptionGroup var search: SearchOption

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        try EmptyArgument.refuse(output, as: "--output", expected: "the folder to write the site to")
    }

    func run() async throws {
        var builder = sources.builder()
        builder.searchIndexer = search.indexer
        builder.clean = clean
        builder.force = force
        let reporter = Reporter(display: display)
        let report = try await Console.runReportingErrors(format: display.format) { [builder] in
            defer { reporter.endProgress() }
            return try await builder.build(outputFolder: outputFolder, recorder: reporter.recorder())
        }
        reporter.printDiagnostics(report.diagnostics)
        if report.failed {
            Console.printFailure(report, action: "build failed; \(outputFolder) was left as it was")
            throw ExitCode.failure
        }
        reporter.printSummary(
            "built \(report.pageCount) pages (\(report.fileCount) files) into \(outputFolder)", report)
        Console.finish()
    }
}
