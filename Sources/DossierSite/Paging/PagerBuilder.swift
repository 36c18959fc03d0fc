import DossierRenderer

/// Builds the links between the pages of a paged list.
enum PagerBuilder {
    /// Pages shown on each side of the current one; the first and last are always shown,
    /// so a list of hundreds of pages still has a pager of about ten links.
    static let window = 2

    /// The pager of page `current` of `list` as seen from `context`'s page; nil for a list of one page.
    static func pager(for list: PagedList, current: Int, label: String, context: PageContext) -> PagerView? {
        let order = list.readingOrder
        guard order.count > 1, let position = order.firstIndex(of: current) else { return nil }
        let link = { (number: Int) in context.href(to: list.route(ofPage: number)) ?? "" }
        var pages: [PagerView.PageLink] = []
        var previousShown: Int?
        for (index, number) in order.enumerated() {
            guard index == 0 || index == order.count - 1 || abs(index - position) <= window else { continue }
            if let previousShown, index - previousShown > 1 { pages.append(.gap) }
            previousShown = index
            // The landing page of a newest-first list is named, not numbered: its number changes
            // as the list grows, and every page showing it would change with it.
            let name = list.order == .newestFirst && number == list.landingPage ? context.strings.latest : nil
            pages.append(
                PagerView.PageLink(number: number, href: link(number), isCurrent: number == current, label: name))
        }
        return PagerView(
            pages: pages, previousHref: position > 0 ? link(order[position - 1]) : nil,
            nextHref: position < order.count - 1 ? link(order[position + 1]) : nil, label: label)
    }
}
