import DossierModel

/// A cross-reference of the editors' Markdown with a fragment (`topic:<id>#<fragment>`).
///
/// Whether the named page has an element with that id is known only once the page is
/// rendered, so the link check matches each broken anchor against these links and reports it
/// once, at the Markdown's line, rather than on every page that shows the Markdown.
public struct FragmentLink: Sendable, Hashable {
    /// The page the link names.
    public let target: BacklinkIndex.Target
    /// The fragment as written, without `#`.
    public let fragment: String
    /// The link's destination as written (`topic:<id>#<fragment>`).
    public let destination: String
    /// Where the link is written.
    public let location: SourceLocation?
    /// Whether the analysis has already reported the fragment (a paragraph the article does not have).
    public let isReported: Bool

    /// Creates a fragment link.
    public init(
        target: BacklinkIndex.Target, fragment: String, destination: String, location: SourceLocation?,
        isReported: Bool
    ) {
        self.target = target
        self.fragment = fragment
        self.destination = destination
        self.location = location
        self.isReported = isReported
    }
}
