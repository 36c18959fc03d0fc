/// Why the output folder could not be written, and what to do about it.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, naming the folder or file.
    public let message: String
    /// How to fix it, in one sentence addressed to the user.
    public let fix: String?

    /// Creates an error; `fix` is shown on a line of its own.
    public init(_ message: String, fix: String? = nil) {
        self.message = message
        self.fix = fix
    }

    /// The message, then an indented `fix:` line as diagnostics print it.
    public var description: String {
        guard let fix else { return message }
        return message + "\n  fix: " + fix
    }
}
