import ArgumentParser
import DossierModel
import DossierRenderer
import DossierSite
import Foundation

/// Printing for the commands: diagnostics to stderr, one summary line to stdout.
enum Console {
    /// Prints each diagnostic (`path:line:col: error: [code] message` and its fix) to stderr,
    /// control characters escaped (`TerminalText`).
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { printError(TerminalText.describe(diagnostic)) }
    }

    static func printFailure(_ report: BuildReport, action: String) {
        printError("dossier: \(action): \(counts(report))")
    }

    static func printSummary(_ what: String, _ report: BuildReport) {
        Swift.print(summaryLine(what, report))
    }

    /// `dossier: <what> in 0.42 s (1 error, 2 warnings)`.
    static func summaryLine(_ what: String, _ report: BuildReport) -> String {
        let seconds = Double(report.duration.components.attoseconds) / 1e18 + Double(report.duration.components.seconds)
        var line = "dossier: \(TerminalText.escaped(what)) in \(String(format: "%.2f", seconds)) s"
        if !report.diagnostics.isEmpty { line += " (\(counts(report)))" }
        return line
    }

    /// Writes a status line to stderr, control characters escaped (`TerminalText`): the paths
    /// and names it reports are the user's, and may hold any.
    static func writeStatus(_ text: String) {
        writeError(TerminalText.escaped(text))
    }

    /// Writes `text` to stderr, with a newline unless told otherwise (for the progress line).
    static func writeError(_ text: String, newline: Bool = true) {
        FileHandle.standardError.write(Data((newline ? text + "\n" : text).utf8))
    }

    /// Ends the process, successfully, once a command has printed everything. Its report holds
    /// the whole dossier's analysis, which the system takes back at once on exit, where letting
    /// go of it object by object, as returning would, took a build of 10,000 articles 0.4 s.
    static func finish() -> Never {
        fflush(nil)
        exit(EXIT_SUCCESS)
    }

    /// Runs a pipeline step; I/O and template failures are printed as one error (`printThrown`)
    /// and exit 1.
    static func runReportingErrors<T>(
        format: DisplayOptions.Format = .text, _ body: () async throws -> T
    ) async throws -> T {
        do {
            return try await body()
        } catch {
            printThrown(error, format: format)
            throw ExitCode.failure
        }
    }

    /// Prints an error that stopped a command: as text on stderr (`describe`), or as JSON
    /// objects on stdout with the code of its kind (`ThrownError`), one per problem.
    static func printThrown(_ error: any Error, format: DisplayOptions.Format) {
        switch format {
        case .text: printError(describe(error))
        case .json:
            for diagnostic in ThrownError.diagnostics(error) { Swift.print(DiagnosticJSON.line(for: diagnostic)) }
            fflush(nil)
        }
    }

    /// One error as printed: a thrown `Diagnostic` as it is (it carries its own `error:` and
    /// fix), several template problems one after another, a file-system error of Foundation's in plain words (`FileErrorText`), anything else
    /// after `error: `; control characters escaped (`TerminalText`), but for the line breaks of
    /// another error's description (before its `fix:` line).
    static func describe(_ error: any Error) -> String {
        if let diagnostic = error as? Diagnostic { return TerminalText.describe(diagnostic) }
        if let several = error as? TemplateErrors { return several.all.map(describe).joined(separator: "\n") }
        let text =
            FileErrorText(error).map { file in file.description + (file.fix.map { "\n  fix: " + $0 } ?? "") }
            ?? "\(error)"
        return "error: "
            + text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TerminalText.escaped(String($0)) }.joined(separator: "\n")
    }

    private static func counts(_ report: BuildReport) -> String {
        let errors = report.diagnostics.filter { $0.severity == .error }.count
        let warnings = report.diagnostics.count - errors
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    private static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
