/// A content problem found while loading, analysing or checking a dossier.
///
/// Content problems are values, collected and printed together; `throw` is kept
/// for I/O failures and bugs (docs/architecture.md §2).
public struct Diagnostic: Sendable, Hashable, Codable, Error, CustomStringConvertible {
    /// How serious a diagnostic is: errors fail a build, warnings only under `--strict`.
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
    }

    public var severity: Severity
    /// A short stable identifier such as `yaml-syntax` or `note-unanchored`.
    public var code: Code
    public var message: String
    public var location: SourceLocation?
    /// How to fix it, in one sentence addressed to the user.
    public var fix: String?
    /// The source file (as shown in diagnostics) that failed to load, when this problem is only
    /// a consequence of it: such problems are summarised at that file's error instead of shown.
    public var followsFrom: String?

    public init(
        _ severity: Severity, code: Code, message: String,
        at location: SourceLocation? = nil, fix: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.fix = fix
    }

    /// This diagnostic marked as a consequence of `path` failing to load; unchanged when nil.
    public func following(_ path: String?) -> Diagnostic {
        var copy = self
        copy.followsFrom = path ?? followsFrom
        return copy
    }

    /// Convenience for an error.
    public static func error(
        _ code: Code, _ message: String, at location: SourceLocation? = nil, fix: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, code: code, message: message, at: location, fix: fix)
    }

    /// Convenience for a warning.
    public static func warning(
        _ code: Code, _ message: String, at location: SourceLocation? = nil, fix: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, code: code, message: message, at: location, fix: fix)
    }

    /// `path:line:col: error: [code] message` followed by an indented `fix:` line.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): [\(code.rawValue)] \(message)"
        if let fix { text += "\n    fix: \(fix)" }
        return text
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
    /// True when any diagnostic is a warning.
    public var hasWarnings: Bool { contains { $0.severity == .warning } }
}
