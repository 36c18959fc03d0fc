import ArgumentParser
import Foundation

/// How much a command prints, and in which form: shared by `build`, `check` and `serve`.
struct DisplayOptions: ParsableArguments {
    /// The form of diagnostics.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// `path:line:col: error: [code] message` and a `fix:` line, on stderr.
        case text
        /// One JSON object per line on stdout: severity, code, message, file, line, column, fix.
        case json
    }

    @Flag(name: .long, help: "Print only errors: no summary, no warnings, no progress.")
    var quiet = false

    @Flag(name: .long, help: "Print the time of each stage and every file written or deleted.")
    var verbose = false

    @Option(name: .long, help: "The form of diagnostics: text or json (one object per line on stdout).")
    var format: Format = .text

    /// True when stderr is a terminal, where a progress line and stage timings are shown.
    var isTerminal: Bool { isatty(FileHandle.standardError.fileDescriptor) == 1 }

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }
}
