import ArgumentParser
import DossierSite

/// `dossier build`: the whole pipeline, then the output folder is replaced.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the site; the output is replaced only when the build succeeds.")

    @Option(name: .long, help: "The dossier source folder.")
    var source = "seeds"

    @Option(name: .long, help: "The folder to write the site to.")
    var output = "public"

    @Option(name: .long, help: "The folder of templates and assets.")
    var templates = "Templates"

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .long, help: "Print only diagnostics, no summary.")
    var quiet = false

    func run() async throws {
        let builder = SiteBuilder(sourceFolder: source, templatesFolder: templates, strict: strict)
        let report = try await Console.runReportingErrors { try await builder.build(outputFolder: output) }
        Console.print(report.diagnostics)
        if report.failed {
            Console.printFailure(report, action: "build failed; \(output) was left as it was")
            throw ExitCode.failure
        }
        if !quiet {
            Console.printSummary("built \(report.pageCount) pages (\(report.fileCount) files) into \(output)", report)
        }
    }
}
