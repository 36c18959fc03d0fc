import DossierRenderer

/// One paged list of the site: its landing route, how it is cut and which end comes first.
/// The planner and the page builders both ask it which pages exist and what each holds.
public struct PagedList: Sendable, Hashable {
    /// The list's own page (page `landingPage`); the others are `.paged(landing, page:)`.
    public let landing: Route
    public let paging: Paging
    public let order: ListOrder

    /// A list of `itemCount` items cut every `size` items.
    public init(landing: Route, itemCount: Int, size: Int, order: ListOrder) {
        self.init(landing: landing, paging: Paging(itemCount: itemCount, size: size), order: order)
    }

    /// A list of the items with `keys` (oldest first), cut where the keys say (`Paging`) and,
    /// with `weights`, before a page's weight would go over `budget`.
    public init(
        landing: Route, keys: [String], size: Int, order: ListOrder, weights: [Int]? = nil, budget: Int = .max
    ) {
        self.init(
            landing: landing, paging: Paging(keys: keys, size: size, weights: weights, budget: budget), order: order)
    }

    private init(landing: Route, paging: Paging, order: ListOrder) {
        self.landing = landing
        self.paging = paging
        self.order = order
    }

    /// The number of the page at the landing route.
    public var landingPage: Int { order.landingPage(of: paging.pageCount) }

    /// The route of page `number`.
    public func route(ofPage number: Int) -> Route {
        number == landingPage ? landing : .paged(landing, page: number)
    }

    /// Every page's route, the landing page first.
    public var routes: [Route] {
        [landing] + (1...paging.pageCount).filter { $0 != landingPage }.map { .paged(landing, page: $0) }
    }

    /// The page numbers in reading order (newest first: counting down from the landing page).
    public var readingOrder: [Int] {
        order == .newestFirst ? Array((1...paging.pageCount).reversed()) : Array(1...paging.pageCount)
    }

    /// The item indices of page `number`, in reading order: indices into the oldest-first list.
    public func items(ofPage number: Int) -> [Int] {
        let range = paging.items(ofPage: number)
        return order == .newestFirst ? range.reversed() : Array(range)
    }
}
