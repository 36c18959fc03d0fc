/// What the link check knows of a link's target: whether the site has it, and its ids when it
/// is a scanned page.
struct LinkTarget {
    let exists: Bool
    let ids: Set<String>?
}

/// A link's path (without its fragment) and the folder it is read against
/// (`RelativeLink.Memo.base(of:on:)`): two links with the same have the same target.
struct LinkTargetKey: Hashable {
    let base: String
    let path: Substring
}

/// The targets of the links one run of the check has read, shared with the other runs
/// (`RunMemo`). A link seen again, or the same path with another fragment (pages link many
/// passages of one page), is then a look-up and a test of its fragment, without a string made,
/// decoded or hashed again. Checking every link through `RelativeLink` and
/// `LinkChecker.problem` was 4.1% of the samples of a clean 10,000-article build.
struct LinkTargets {
    private var memo: RunMemo<LinkTargetKey, LinkTarget>

    init(_ shared: SharedMemo<LinkTargetKey, LinkTarget>) { memo = RunMemo(shared) }

    /// Whether `url` on `page` is known to resolve: its target is one of `paths` and, when it
    /// has a fragment, the target page has that id. False when it does not or the link is not
    /// of the common kind read here (no path, root-relative, a fragment with escapes or next to
    /// a character that is not ASCII): `LinkChecker.problem` then reads it.
    mutating func resolves(
        _ url: String, on page: String, paths: Set<String>, ids: inout PageIDs, links: inout RelativeLink.Memo
    ) -> Bool {
        guard let base = links.base(of: url, on: page), base != "/" else { return false }
        let hash = url.utf8.firstIndex(of: UInt8(ascii: "#"))
        if let hash, RelativeLink.Memo.firstHash(in: url) != hash { return false }
        let path = url[..<(hash ?? url.endIndex)]
        let target = memo.value(for: LinkTargetKey(base: base, path: path)) { () -> LinkTarget? in
            guard let link = RelativeLink(String(path), on: page), let targetPath = link.targetPath else { return nil }
            return LinkTarget(exists: paths.contains(targetPath), ids: ids.ids(of: targetPath))
        }
        guard let target, target.exists else { return false }
        guard let hash else { return true }
        let fragment = url[url.utf8.index(after: hash)...]
        guard !fragment.isEmpty else { return true }
        guard !fragment.utf8.contains(UInt8(ascii: "%")) else { return false }
        return target.ids?.contains(String(fragment)) ?? false
    }
}

/// The ids of each scanned page, as one run of the check reads them, made into a set the first
/// time a link points into the page and shared with the other runs (`RunMemo`): a rebuild
/// checks the links of the pages it made, which point into a few of the others, and each run
/// making its own sets was a sixth of the check of a 10,000-article site.
struct PageIDs {
    private let pages: [String: LinkChecker.ScannedPage]
    private var memo: RunMemo<String, Set<String>?>

    /// The ids of `pages` (by path), through `shared`.
    init(_ pages: [String: LinkChecker.ScannedPage], shared: SharedMemo<String, Set<String>?>) {
        self.pages = pages
        memo = RunMemo(shared)
    }

    /// The ids of the page at `path`; nil when it is not a scanned page.
    mutating func ids(of path: String) -> Set<String>? {
        let pages = pages
        return memo.value(for: path) { .some(pages[path].map { Set($0.links.ids) }) } ?? nil
    }
}
