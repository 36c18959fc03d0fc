/// Why the output folder could not be written, and what to do about it.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, naming the folder or file.
    public let message: String
    /// How to fix it, in one sentence addressed to the user.
    public let fix: String?
    /// True when the folder itself may not hold the site (it is a file, the source's, not
    /// dossier's…), false for a failure while writing it (a full disk, another build's lock):
    /// `serve` stops serving a refused folder, and shows a failed write as a failed build.
    public let refusesFolder: Bool

    /// Creates an error; `fix` is shown on a line of its own.
    public init(_ message: String, fix: String? = nil, refusesFolder: Bool = false) {
        self.message = message
        self.fix = fix
        self.refusesFolder = refusesFolder
    }

    /// The message, then an indented `fix:` line as diagnostics print it.
    public var description: String {
        guard let fix else { return message }
        return message + "\n  fix: " + fix
    }
}
