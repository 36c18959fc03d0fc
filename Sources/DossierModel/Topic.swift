/// A theme of the story, found in articles by its terms (on light stems).
public struct Topic: Sendable, Hashable, Identifiable, Encodable {
    /// ASCII file stem, used in URLs (`topics/<id>/`).
    public var id: String
    /// Display title, in Arabic.
    public var title: String
    /// Words and phrases that signal the topic in a passage.
    public var terms: [String]
    public var essay: MarkdownText
    public var source: SourceLocation

    public init(id: String, title: String, terms: [String], essay: MarkdownText, source: SourceLocation) {
        self.id = id
        self.title = title
        self.terms = terms
        self.essay = essay
        self.source = source
    }
}
