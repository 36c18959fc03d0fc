extension RelativeLink {
    /// Links already read, by the folder of their page: a site's pages repeat the same links
    /// (menus, actor names), and pages of one folder depth read them the same way.
    struct Memo {
        private var links: [String: [String: RelativeLink?]] = [:]

        /// `url` on `page` read as `RelativeLink(_:on:)` reads it.
        mutating func link(_ url: String, on page: String) -> RelativeLink? {
            // A link without a path points to its own page, so only the page can key it.
            let first = url.first
            guard first != nil, first != "#", first != "?" else { return RelativeLink(url, on: page) }
            let folder = page.lastIndex(of: "/").map { String(page[..<$0]) } ?? ""
            if let known = links[folder]?[url] { return known }
            let link = RelativeLink(url, on: page)
            links[folder, default: [:]][url] = .some(link)
            return link
        }
    }
}
