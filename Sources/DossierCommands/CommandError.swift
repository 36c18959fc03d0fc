/// Why a command beside the build (`new article`, `init`, `mentions`) could not do its work.
public struct CommandError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, naming the file or folder.
    public let description: String

    /// An error with its message.
    public init(_ description: String) {
        self.description = description
    }
}
