/// Markdown written by the dossier's editors, with where it starts in its file,
/// so that problems inside it (an unresolved `actor:` link) can name a line.
public struct MarkdownText: Sendable, Hashable, Encodable {
    public var text: String
    /// The location of the first line of `text`.
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}
