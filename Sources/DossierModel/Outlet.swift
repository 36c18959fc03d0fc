/// A news outlet that published one or more of the dossier's articles.
public struct Outlet: Sendable, Hashable, Identifiable, Encodable {
    /// ASCII id, used in URLs (`outlets/<id>/`).
    public var id: String
    /// Display name, in Arabic.
    public var name: String
    /// The outlet's home page, when known.
    public var url: String?
    /// Commentary from `outlets/<id>.md`, when the file exists.
    public var about: MarkdownText?
    public var source: SourceLocation?

    public init(id: String, name: String, url: String? = nil, about: MarkdownText? = nil, source: SourceLocation? = nil)
    {
        self.id = id
        self.name = name
        self.url = url
        self.about = about
        self.source = source
    }
}
