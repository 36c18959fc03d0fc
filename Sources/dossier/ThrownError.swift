import DossierCommands
import DossierModel
import DossierOutput
import DossierRenderer
import DossierServer

/// A thrown error (one that stops a command, as opposed to the diagnostics a build collects) as
/// a diagnostic, so that `--format json` prints it with a code like any other problem.
enum ThrownError {
    /// `error` as an error diagnostic: its code says which kind of failure it is.
    static func diagnostic(_ error: any Error) -> Diagnostic {
        switch error {
        case let diagnostic as Diagnostic:
            return diagnostic
        case let template as TemplateError:
            return .error(
                .templateError, template.message, at: template.location,
                fix: "Correct the template where shown; the output was left as it was.")
        case let output as OutputError:
            return .error(.outputError, output.message, fix: output.fix)
        case let unavailable as PortCheck.Unavailable:
            return unavailable.diagnostic
        case let command as CommandError:
            return .error(.commandError, command.description)
        default:
            if let file = FileErrorText(error) { return .error(.fileError, file.description, fix: file.fix) }
            return .error(
                .internalError, "\(error)",
                fix: "report it, with the command that showed it, to the people who maintain dossier")
        }
    }
}
