import DossierModel
import DossierSite
import Foundation

/// Prints what a build or check did, as `DisplayOptions` asks: diagnostics (text or JSON),
/// a progress line on a terminal, stage timings and the files written.
struct Reporter: Sendable {
    let display: DisplayOptions

    /// A recorder whose stage starts update the progress line (on a terminal only).
    func recorder() -> StageRecorder {
        guard display.isTerminal, !display.quiet, display.format == .text else { return StageRecorder() }
        return StageRecorder { stage in
            Console.writeError("\r\u{1B}[Kdossier: \(Reporter.progressLabel(stage))…", newline: false)
        }
    }

    /// Clears the progress line before anything else is printed.
    func endProgress() {
        guard display.isTerminal, !display.quiet, display.format == .text else { return }
        Console.writeError("\r\u{1B}[K", newline: false)
    }

    /// Prints the diagnostics: errors always; warnings unless `--quiet`.
    func printDiagnostics(_ diagnostics: [Diagnostic]) {
        let shown = display.quiet ? diagnostics.filter { $0.severity == .error } : diagnostics
        switch display.format {
        case .text: Console.print(shown)
        case .json:
            for diagnostic in shown { Swift.print(DiagnosticJSON.line(for: diagnostic)) }
        }
    }

    /// Prints the summary line, the stage timings (verbose or terminal) and the files written (verbose).
    func printSummary(_ what: String, _ report: BuildReport) {
        guard !display.quiet else { return }
        for note in report.notes { Console.writeStatus("dossier: note: " + note) }
        if let replaced = report.writeSummary?.replaced, !replaced.isEmpty {
            let shown = replaced.prefix(5).joined(separator: ", ") + (replaced.count > 5 ? ", …" : "")
            Console.writeStatus(
                "dossier: note: --force replaced \(replaced.count) of your files where the site puts its own: \(shown)")
        }
        if let kept = report.writeSummary?.kept, !kept.isEmpty {
            let shown = kept.prefix(5).joined(separator: ", ") + (kept.count > 5 ? ", …" : "")
            Console.writeStatus(
                "dossier: note: kept \(kept.count) files of the previous site that the site no longer has, as they were changed since dossier wrote them (they are yours now): \(shown)"
            )
        }
        let summary = Console.summaryLine(what, report)
        // JSON output keeps stdout for diagnostics; the summary goes to stderr.
        if display.format == .json { Console.writeError(summary) } else { Swift.print(summary) }
        // `serve` prints a summary per build; a pipe must not hold it back.
        fflush(nil)
        if display.verbose || (display.isTerminal && display.format == .text) {
            Console.writeError("dossier: stages: " + Reporter.timings(report.stages))
        }
        if display.verbose, let summary = report.writeSummary {
            Console.writeError(
                "dossier: \(report.pageCount - report.reusedPages) pages rendered, "
                    + "\(report.reusedPages) unchanged since the previous build")
            for path in summary.written { Console.writeStatus("  wrote \(path)") }
            for path in summary.deleted { Console.writeStatus("  deleted \(path)") }
            Console.writeError(
                "dossier: \(summary.clean ? "clean build: " : "")\(summary.written.count) written, "
                    + "\(summary.deleted.count) deleted, \(summary.unchanged) unchanged")
        }
        if display.verbose, let index = report.searchIndex {
            Console.writeError(
                "dossier: search index: \(index.made.count) of \(index.made.count + index.kept.count) parts made, "
                    + "\(index.kept.count) unchanged")
        }
    }

    /// `load 0.12 s · analyze 0.40 s · …`
    static func timings(_ stages: [StageTiming]) -> String {
        stages.map { "\($0.stage.rawValue) \(String(format: "%.3f", $0.seconds)) s" }.joined(separator: " · ")
    }

    static func progressLabel(_ stage: BuildStage) -> String {
        switch stage {
        case .load: return "reading the source folder"
        case .analyze: return "finding mentions, anchoring notes"
        case .plan: return "planning pages"
        case .render: return "rendering pages"
        case .write: return "writing changed files"
        case .index: return "indexing for search"
        }
    }
}
