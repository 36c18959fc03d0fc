/// A folder the output must neither be, lie in, nor contain: the dossier's sources or the
/// templates. Compared by real path, so a symbolic link cannot smuggle the output in.
public struct ProtectedFolder: Sendable, Hashable {
    /// What the folder is, for the error message ("source folder").
    public let role: String
    /// The folder as the user named it.
    public let path: String

    /// A folder with its role.
    public init(role: String, path: String) {
        self.role = role
        self.path = path
    }
}
