/// One entry of a long page's table of contents: a section heading and its in-page link.
public struct ContentsLink: Sendable, Hashable, Encodable {
    public let label: String
    /// `#<id>` of the section's heading.
    public let href: String

    public init(label: String, targetID: String) {
        self.label = label
        self.href = "#" + targetID
    }
}
