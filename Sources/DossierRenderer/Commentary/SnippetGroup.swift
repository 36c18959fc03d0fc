/// The snippets of one article, listed under its title shown once (actor and topic pages).

public struct SnippetGroup: Sendable, Hashable, Encodable {
    /// The article's title, escaped, Latin runs isolated.
    public let titleHTML: String
    /// Relative URL of the article page; nil when the site has none.
    public let href: String?
    public let snippets: [SnippetView]
    /// The article's outlet, date and count of mentions or hits (HTML), on the paged lists.
    public let detailHTML: String?

    public init(titleHTML: String, href: String?, snippets: [SnippetView], detailHTML: String? = nil) {
        self.titleHTML = titleHTML
        self.href = href
        self.snippets = snippets
        self.detailHTML = detailHTML
    }

    /// Consecutive snippets of the same source gathered into one group each, order kept.
    public static func grouping(_ snippets: [SnippetView]) -> [SnippetGroup] {
        var groups: [SnippetGroup] = []
        var current: [SnippetView] = []
        for snippet in snippets {
            if let first = current.first, first.sourceKey != snippet.sourceKey {
                groups.append(SnippetGroup(titleHTML: first.sourceHTML, href: first.sourceHref, snippets: current))
                current = []
            }
            current.append(snippet)
        }
        if let first = current.first {
            groups.append(SnippetGroup(titleHTML: first.sourceHTML, href: first.sourceHref, snippets: current))
        }
        return groups
    }
}
