import DossierOutput

/// The pages of a site that carry search data, and the one glob that tells Pagefind to read
/// only those (`pagefind --glob`), for running it by hand over a whole site.
///
/// Pagefind opens and parses every HTML file it is given to find the `data-pagefind-body`
/// elements it indexes, and the further pages of the paged lists (an actor's, a topic's or an
/// outlet's articles, the list of articles, the timeline's years, the comparison) have none.
/// At 10,000 generated articles they are 4,946 of the 15,080 pages, and reading them took a
/// fifth of Pagefind's time (58.3-58.6 s against 47.0 s), for the same index. A build gives it
/// only these pages (`SearchIndexLayout`, `PartedSearchIndex`).
enum SearchScope {
    /// Whether the page of `route` carries search data: the content pages (articles, actors,
    /// topics, outlets) and the pages of the notes list. `PageContext.searchPage(title:)` makes
    /// the data for these pages only.
    static func carriesSearchData(_ route: Route) -> Bool {
        switch route {
        case .article, .actor, .topic, .outlet, .notes, .paged(.notes, _): true
        default: false
        }
    }

    /// The glob of the pages of `parts` (`glob(of:)`), to run the indexer over the whole site by
    /// hand; nil when there are none.
    static func glob(of parts: [SearchIndexPart]) -> String? {
        glob(of: parts.lazy.flatMap(\.pages))
    }

    /// One glob, relative to the site folder, that matches every path of `paths`: each path
    /// with the folders between its first and its file name turned into `*`
    /// (`articles/*/index.html`, `notes/*/*/index.html`), the distinct patterns sorted and put
    /// in braces when there are several. A pattern may match a page without search data as
    /// well, which Pagefind then reads and skips as before; it never leaves out a path given.
    /// Nil for no paths: Pagefind then reads every page, as without a glob.
    static func glob(of paths: some Sequence<String>) -> String? {
        var patterns = Set<String>()
        for path in paths {
            var segments = path.split(separator: "/", omittingEmptySubsequences: false)
            if segments.count > 2 {
                for index in 1..<(segments.count - 1) { segments[index] = "*" }
            }
            patterns.insert(segments.joined(separator: "/"))
        }
        switch patterns.count {
        case 0: return nil
        case 1: return patterns.first
        default: return "{" + patterns.sorted().joined(separator: ",") + "}"
        }
    }
}
