extension RelativeLink {
    /// Links already read, by the folder they resolve against: a site's pages repeat the same
    /// links (menus, actor names), and `../../actors/x/` reads the same on every article page.
    ///
    /// A link's leading `..` segments (with any `.` or empty ones among them) climb out of the
    /// page's folder before anything else of the link is read, so two pages whose folders agree
    /// once that many segments are dropped read the link the same way: the memo is keyed by
    /// that remaining folder, not by the page's own.
    struct Memo {
        private var links: [String: [String: RelativeLink?]] = [:]
        /// `#fragment` links read on an empty page path: such a link is its page whatever the
        /// page, so only the target differs.
        private var fragments: [String: RelativeLink?] = [:]
        /// The page of the previous call, its folder's segments, and the folders its links
        /// climb to, by number of climbs (made when first needed): a page's links are read one
        /// after another, so its folder is split, and each of its parents joined, once.
        private var page = ""
        private var folders: [Substring] = []
        private var parents: [String?] = []

        /// `url` on `page` read as `RelativeLink(_:on:)` reads it.
        mutating func link(_ url: String, on page: String) -> RelativeLink? {
            if url.utf8.first == UInt8(ascii: "#") {
                let link: RelativeLink?
                if let known = fragments[url] {
                    link = known
                } else {
                    link = RelativeLink(url, on: "")
                    fragments[url] = .some(link)
                }
                return link.map { RelativeLink(fragmentOf: $0, on: page) }
            }
            // `path#fragment`: the path read through the memo (pages link many passages of one
            // page), the fragment decoded as `init(_:on:)` decodes it.
            if let hash = Self.firstHash(in: url) {
                let path = String(url[..<hash])
                return link(path, on: page).map {
                    RelativeLink(pathOf: $0, fragment: RelativeLink.percentDecoded(url[url.index(after: hash)...]))
                }
            }
            guard let base = base(of: url, on: page) else { return RelativeLink(url, on: page) }
            if let known = links[base]?[url] { return known }
            let link = RelativeLink(url, on: page)
            links[base, default: [:]][url] = .some(link)
            return link
        }

        /// Where `url.firstIndex(of: "#")` is, found among the bytes: a `#` between ASCII
        /// bytes is a character of its own; next to anything else it may be part of one (a
        /// combining mark after it), so the characters are searched as `init(_:on:)` does.
        static func firstHash(in url: String) -> String.Index? {
            let utf8 = url.utf8
            guard let hash = utf8.firstIndex(of: UInt8(ascii: "#")) else { return nil }
            let next = utf8.index(after: hash)
            let asciiAfter = next == utf8.endIndex || utf8[next] < 0x80
            let asciiBefore = hash == utf8.startIndex || utf8[utf8.index(before: hash)] < 0x80
            return asciiAfter && asciiBefore ? hash : url.firstIndex(of: "#")
        }

        /// The folder `url` is read against once its leading `..` segments have climbed out
        /// of `page`'s folder ("/" for a root-relative link); nil when the link has no path or
        /// climbs above the root (such links are rare, and read without the memo). Links read
        /// against the same folder have the same target.
        mutating func base(of url: String, on page: String) -> String? {
            let slash = UInt8(ascii: "/")
            let dot = UInt8(ascii: ".")
            guard let first = url.utf8.first, first != UInt8(ascii: "#"), first != UInt8(ascii: "?") else {
                return nil
            }
            if first == slash { return "/" }
            // Counts the complete `..` segments before the first other one (`.` and empty
            // segments are skipped as `RelativeLink` skips them); a segment still open at the
            // end of the path is not counted, which keys the link more finely, never wrongly.
            var climbs = 0
            var length = 0
            for byte in url.utf8 {
                if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "?") { break }
                if byte == slash {
                    if length == 2 { climbs += 1 }
                    length = 0
                } else {
                    // Only `.` and `..` segments climb or are skipped: any other ends the climb.
                    length += 1
                    if byte != dot || length > 2 { break }
                }
            }
            if page != self.page {
                self.page = page
                folders = Array(page.split(separator: "/").dropLast())
                parents = Array(repeating: nil, count: folders.count + 1)
            }
            guard climbs <= folders.count else { return nil }
            if let parent = parents[climbs] { return parent }
            let parent = folders.dropLast(climbs).joined(separator: "/")
            parents[climbs] = parent
            return parent
        }
    }

    /// `link` (read from a link without a fragment) with `fragment`.
    fileprivate init(pathOf link: RelativeLink, fragment: String) {
        isRootRelative = link.isRootRelative
        targetPath = link.targetPath
        self.fragment = fragment
    }

    /// `link`, a `#fragment` link read on another page, as read on `page`: the same fragment,
    /// pointing to `page` itself (as `init(_:on:)` reads a link without a path).
    fileprivate init(fragmentOf link: RelativeLink, on page: String) {
        isRootRelative = link.isRootRelative
        targetPath = page
        fragment = link.fragment
    }
}
