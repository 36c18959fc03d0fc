/// The pages of a site that carry search data, and the one glob that tells Pagefind to read
/// only those (`pagefind --glob`).
///
/// Pagefind opens and parses every HTML file of the site to find the `data-pagefind-body`
/// elements it indexes, and the further pages of the paged lists (an actor's, a topic's or an
/// outlet's articles, the list of articles, the timeline's years, the comparison) have none.
/// At 10,000 generated articles they are 4,946 of the 15,080 pages, and reading them took a
/// fifth of Pagefind's time in a build (58.3-58.6 s against 47.0 s), for the same index.
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

    /// The glob of the pages of `plan` that carry search data (`glob(of:)`); nil when none does.
    static func glob(of plan: SitePlan) -> String? {
        glob(
            of: plan.files.lazy.compactMap { file in
                guard case .page(let route) = file.content, carriesSearchData(route) else { return nil }
                return file.path
            })
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
