import DossierCommands
import DossierModel
import DossierOutput
import DossierRenderer
import DossierServer

/// A thrown error (one that stops a command, as opposed to the diagnostics a build collects) as
/// a diagnostic, so that `--format json` prints it with a code like any other problem.
enum ThrownError {
    /// `error` as error diagnostics, one per problem it holds (a templates folder may have
    /// several): their code says which kind of failure it is.
    static func diagnostics(_ error: any Error) -> [Diagnostic] {
        let templateProblems = TemplateErrors.problems(in: error)
        guard templateProblems.isEmpty else { return templateProblems.map(\.diagnostic) }
        return [diagnostic(error)]
    }

    /// `error`, of a kind that holds one problem, as an error diagnostic.
    private static func diagnostic(_ error: any Error) -> Diagnostic {
        switch error {
        case let diagnostic as Diagnostic:
            return diagnostic
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
