import DossierModel

/// A problem with the templates themselves (not with the dossier's content).
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    /// What is wrong and how to fix it.
    public let message: String
    /// The template's file, line and column, when the problem is at one.
    public let location: SourceLocation?

    /// An error at `location`, when it has one.
    public init(_ message: String, at location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }

    /// `path:line:col: message`, or the message alone.
    public var description: String {
        location.map { "\($0): \(message)" } ?? message
    }

    /// The error as a diagnostic with the `template-error` code, for `--format json` and the
    /// preview's overlay.
    public var diagnostic: Diagnostic {
        .error(
            .templateError, message, at: location,
            fix: "Correct the template where shown; the output was left as it was.")
    }
}

/// Every problem found in a templates folder when there is more than one: all of them are
/// reported at once, so that someone who broke three templates mends them in one round rather
/// than three builds.
public struct TemplateErrors: Error, Sendable, CustomStringConvertible {
    /// The problems, two or more, in the order the checks find them: files that are not UTF-8,
    /// templates that do not parse, missing templates, inclusions.
    public let all: [TemplateError]

    /// One problem per line.
    public var description: String { all.map(\.description).joined(separator: "\n") }

    /// `problems` as what to throw: the one error, or all of them; nil when there is none.
    static func thrown(_ problems: [TemplateError]) -> (any Error)? {
        switch problems.count {
        case 0: return nil
        case 1: return problems[0]
        default: return TemplateErrors(all: problems)
        }
    }

    /// The template problems `error` holds: several, one, or none when it is another error.
    public static func problems(in error: any Error) -> [TemplateError] {
        if let several = error as? TemplateErrors { return several.all }
        if let one = error as? TemplateError { return [one] }
        return []
    }
}
