/// How a list, oldest item first, is cut into numbered pages (docs/architecture.md §3).
///
/// Pages are counted from the oldest item, and every page holds `size` items but the last
/// (the newest), which holds the rest: `size` to `2 × size − 1` items, or the whole list when
/// it is shorter than two pages. A list that grows at its new end (an article added to a
/// monitored story) changes its last page only, until that page splits in two: the older
/// pages keep their items and their addresses, so an incremental build leaves them alone.
public struct Paging: Sendable, Hashable {
    /// Items in the list.
    public let itemCount: Int
    /// Items per page (the last page holds up to twice as many, less one).
    public let size: Int

    /// A list of `itemCount` items cut into pages of `size` (at least 1).
    public init(itemCount: Int, size: Int) {
        self.itemCount = max(0, itemCount)
        self.size = max(1, size)
    }

    /// Number of pages; an empty list has one (empty) page.
    public var pageCount: Int { max(1, itemCount / size) }

    /// The indices, in the oldest-first list, of page `number` (1-based; clamped to the pages there are).
    public func items(ofPage number: Int) -> Range<Int> {
        let page = min(max(1, number), pageCount)
        let start = min((page - 1) * size, itemCount)
        return start..<(page == pageCount ? itemCount : page * size)
    }

    /// The page (1-based) holding the item at `index` of the oldest-first list.
    public func page(ofItem index: Int) -> Int { min(pageCount, max(0, index) / size + 1) }
}
