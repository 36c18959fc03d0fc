import ArgumentParser
import DossierSite

/// `dossier check`: the whole pipeline and the link check, without writing anything.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the dossier and the site's links without writing anything.")

    @Option(name: .long, help: "The dossier source folder.")
    var source = "seeds"

    @Option(name: .long, help: "The folder of templates and assets.")
    var templates = "Templates"

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @OptionGroup var display: DisplayOptions

    func run() async throws {
        let builder = SiteBuilder(sourceFolder: source, templatesFolder: templates, strict: strict)
        let reporter = Reporter(display: display)
        let report = try await Console.runReportingErrors {
            defer { reporter.endProgress() }
            return try await StageRecorder.$current.withValue(reporter.recorder()) { try await builder.check() }
        }
        reporter.printDiagnostics(report.diagnostics)
        if report.failed {
            Console.printFailure(report, action: "check failed")
            throw ExitCode.failure
        }
        reporter.printSummary("checked \(report.pageCount) pages (\(report.fileCount) files)", report)
    }
}
