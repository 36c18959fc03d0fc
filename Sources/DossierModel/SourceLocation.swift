/// A place in a source file that a diagnostic or a model value points back to.
///
/// `line` and `column` are 1-based; `column` counts characters (not UTF-8 bytes),
/// so it matches what an editor shows for Arabic text.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The path as the user should see it, e.g. `seeds/notes/kremlin.md`.
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:col`, the form editors and terminals turn into links.
    public var description: String { "\(path):\(line):\(column)" }
}
