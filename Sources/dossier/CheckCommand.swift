import ArgumentParser
import DossierSite

/// `dossier check`: the whole pipeline and the link check, without writing anything.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the dossier and the site's links without writing anything.")

    @OptionGroup var sources: SourceOptions

    @OptionGroup var display: DisplayOptions

    func run() async throws {
        let builder = sources.builder()
        let reporter = Reporter(display: display)
        let report = try await Console.runReportingErrors {
            defer { reporter.endProgress() }
            return try await builder.check(recorder: reporter.recorder())
        }
        reporter.printDiagnostics(report.diagnostics)
        if report.failed {
            Console.printFailure(report, action: "check failed")
            throw ExitCode.failure
        }
        reporter.printSummary("checked \(report.pageCount) pages (\(report.fileCount) files)", report)
    }
}
