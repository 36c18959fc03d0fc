/// Which end of a paged list a reader meets first, on its landing page.
public enum ListOrder: Sendable, Hashable {
    /// The newest items first: the landing page is the last (newest) page, and the others,
    /// numbered from the oldest, follow it counting down (articles, notes).
    case newestFirst
    /// The oldest items first: the landing page is page 1 (a timeline year, the comparison).
    case oldestFirst

    /// The number of the page shown at the list's own address, among `pageCount` pages.
    public func landingPage(of pageCount: Int) -> Int { self == .newestFirst ? max(1, pageCount) : 1 }
}
