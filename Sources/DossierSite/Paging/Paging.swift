/// How a list, oldest item first, is cut into numbered pages (docs/architecture.md §3).
///
/// Pages are counted from the oldest item. A list whose items have keys (articles, by id) is
/// cut where its items say, not every `size` items: a page ends after an item whose key's
/// hash falls on a boundary once the page holds `size / 2` items, or when it holds
/// `size + size / 2`; pages then hold about `size` items. An item inserted anywhere (an older
/// article found later) changes the page it joins and seldom another: only when its key
/// starts a new page (the pages after it are then renumbered) or a page it lengthens reaches
/// its longest. With fixed cuts it moved one item across every later page. A list without
/// keys (timeline entries, claims) is cut every `size` items. Either way the newest page holds
/// the rest, at most `2 × size − 1` items and, unless it is the only page, at least
/// `size / 2`, so an item added at the new end changes the newest page only, until it splits.
public struct Paging: Sendable, Hashable {
    /// Items in the list.
    public let itemCount: Int
    /// Items per page: every page's but the newest with fixed cuts, the mean with cuts by key.
    public let size: Int
    /// The index of each page's first item, oldest page first; the first is 0.
    private let starts: [Int]

    /// A list of `itemCount` items cut every `size` items (at least 1), the newest page
    /// holding `size` to `2 × size − 1` items.
    public init(itemCount: Int, size: Int) {
        let (count, size) = (max(0, itemCount), max(1, size))
        self.itemCount = count
        self.size = size
        starts = (0..<max(1, count / size)).map { $0 * size }
    }

    /// A list of the items with `keys` (oldest first), cut where the keys say (see the type),
    /// and, with `weights` (one per key, e.g. bytes), also before an item that would bring its
    /// page's weight over `budget`: a page holds fewer items when they are heavy, and more than
    /// `budget` only when one item alone weighs more. The newest page takes a short remainder
    /// only when both fit in the budget together.
    public init(keys: [String], size: Int, weights: [Int]? = nil, budget: Int = .max) {
        itemCount = keys.count
        self.size = max(1, size)
        let shortest = max(1, self.size / 2)
        let longest = self.size + shortest
        let spacing = UInt64(max(1, self.size - shortest + 1))
        let weightOf = { (index: Int) in weights.map { $0.indices.contains(index) ? $0[index] : 0 } ?? 0 }
        var starts = [0]
        var length = 0
        var weight = 0
        for (index, key) in keys.enumerated() {
            length += 1
            weight += weightOf(index)
            guard index + 1 < keys.count else { break }
            if length >= longest || (length >= shortest && Self.hash(key) % spacing == 0)
                || weight > budget - weightOf(index + 1)
            {
                starts.append(index + 1)
                length = 0
                weight = 0
            }
        }
        // The newest page is never a stub: a short remainder stays on the page before it.
        if starts.count > 1, let last = starts.last, keys.count - last < shortest,
            (starts[starts.count - 2]..<keys.count).reduce(0, { $0 + weightOf($1) }) <= budget
        {
            starts.removeLast()
        }
        self.starts = starts
    }

    /// Number of pages; an empty list has one (empty) page.
    public var pageCount: Int { starts.count }

    /// The indices, in the oldest-first list, of page `number` (1-based; clamped to the pages there are).
    public func items(ofPage number: Int) -> Range<Int> {
        let page = min(max(1, number), pageCount)
        let start = min(starts[page - 1], itemCount)
        return start..<(page == pageCount ? itemCount : starts[page])
    }

    /// The page (1-based) holding the item at `index` of the oldest-first list.
    public func page(ofItem index: Int) -> Int {
        var (low, high) = (0, starts.count)
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= index { low = middle + 1 } else { high = middle }
        }
        return max(1, low)
    }

    /// A key's hash: FNV-1a over its UTF-8 bytes, then mixed (the same in every run, unlike
    /// `Hasher`), so that cuts depend on the key alone.
    static func hash(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        return hash
    }
}
