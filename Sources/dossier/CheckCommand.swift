import ArgumentParser
import DossierCommands
import DossierLoader
import DossierModel
import DossierSite
import Foundation

/// `dossier check`: the whole pipeline and the link check, without writing anything; with
/// `--article`, a report on one article.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the dossier and the site's links without writing anything.",
        discussion: """
            With --article, prints what the site will use for that article (title, language, date, \
            outlet, and where each came from), its relative days, every line removed from its body \
            with why, then that article's diagnostics.
            """)

    @OptionGroup var sources: SourceOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Report on one article: its id or the path of its text or sidecar (articles/ID.txt).",
            valueName: "id-or-path"))
    var article: String?

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        try EmptyArgument.refuse(article, as: "--article", expected: "an article id or the path of its file")
        if article != nil, display.format == .json {
            throw ValidationError("--article prints a text report: leave out --format json")
        }
    }

    func run() async throws {
        let builder = sources.builder()
        let reporter = Reporter(display: display)
        if let article {
            try await report(on: article, builder: builder, reporter: reporter)
            return
        }
        let report = try await Console.runReportingErrors(format: display.format) {
            defer { reporter.endProgress() }
            return try await builder.check(recorder: reporter.recorder())
        }
        reporter.printDiagnostics(report.diagnostics)
        if report.failed {
            Console.printFailure(report, action: "check failed")
            throw ExitCode.failure
        }
        reporter.printSummary("checked \(report.pageCount) pages (\(report.fileCount) files)", report)
        Console.finish()
    }

    /// Runs the whole pipeline (so that notes, links and mentions are checked too) and prints
    /// the report on the article named `argument` and its diagnostics only.
    private func report(on argument: String, builder: SiteBuilder, reporter: Reporter) async throws {
        let id = try await Console.runReportingErrors { [sources] in
            try ArticleReport.articleID(named: argument, sourceFolder: sources.source)
        }
        let site = try await Console.runReportingErrors {
            defer { reporter.endProgress() }
            return try await builder.renderSite(keepingFiles: false, recorder: reporter.recorder())
        }
        let diagnostics = site.diagnostics.filter { ArticleReport.concerns($0, articleID: id) }
        if let article = site.analysis.dossier.articles.first(where: { $0.id == id }) {
            let path = sources.source + "/" + article.source.relativePath
            let detection = FileManager.default.contents(atPath: path).flatMap {
                try? ArticleDetection.detect([UInt8]($0))
            }
            let known = detection.flatMap { KnownOutlets(sourceFolder: sources.source).match($0.outletClues) }
            let report = ArticleReport(
                article: article, detection: detection, knownOutlet: known, diagnostics: diagnostics)
            print(TerminalText.escapedLines(report.text), terminator: "")
        } else if diagnostics.isEmpty {
            Console.writeError(
                TerminalText.escapedLines(
                    "error: no article `\(id)` in \(sources.source)/articles\n  fix: Give the id of an article or the path of its file, e.g. --article articles/\(id).txt."
                ))
            throw ExitCode.failure
        }
        reporter.printDiagnostics(diagnostics)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let counts = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if errors > 0 || (sources.strict && warnings > 0) {
            Console.writeStatus("dossier: check of article \(id) failed: \(counts)")
            throw ExitCode.failure
        }
        if !display.quiet { print("dossier: checked article \(id) (\(counts))") }
    }
}
