/// One entry of a long page's table of contents: a section heading and its in-page link.
public struct ContentsLink: Sendable, Hashable, Encodable {
    public let label: String
    /// `#<id>` of the section's heading.
    public let href: String

    public init(label: String, targetID: String) {
        self.label = label
        self.href = "#" + targetID
    }

    /// The links of the sections a page shows: `(shown, label, heading id)` in page order.
    public static func list(_ sections: [(shown: Bool, label: String, targetID: String)]) -> [ContentsLink] {
        sections.filter(\.shown).map { ContentsLink(label: $0.label, targetID: $0.targetID) }
    }

    /// Fewest sections for which a page gets a table of contents.
    public static let minimumCount = 3
}
