/// A page of the site's own that editors' Markdown can link to, by the id a `page:`
/// cross-reference gives it (`[الخط الزمني](page:timeline)`): the home page, the lists of
/// articles, actors, topics and outlets, the timeline, the coverage comparison, the notes and
/// the search page.
public enum SitePage: String, Sendable, Hashable, CaseIterable {
    case home
    case articles
    case actors
    case topics
    case outlets
    case timeline
    case compare
    case notes
    case search
}
