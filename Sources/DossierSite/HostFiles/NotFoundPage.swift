import DossierModel
import DossierRenderer

/// The data of `404.html` (the template renders it).
///
/// A server shows this page at whatever path was requested, so relative links would resolve
/// against the wrong folder (an unstyled page with broken navigation at `/a/b/missing`): with
/// `base_url` every link is absolute and `<base href>` is the base URL; without it `<base href>`
/// is `/`, so the page's links resolve from the host's root at any depth. A site published
/// under a path prefix needs `base_url` for its 404 page.
public struct NotFoundPage: Sendable, Hashable, Encodable {
    /// A link offered to the lost reader.
    public struct Link: Sendable, Hashable, Encodable {
        public let label: String
        public let href: String
    }

    /// Site path of the page.
    public static let path = "404.html"

    public let title: String
    public let message: String
    /// The dossier's title, for the header.
    public let siteTitle: String
    /// `<base href>`: the site's base URL with a trailing slash, or `/` without `base_url`.
    public let baseHref: String
    public let links: [Link]

    /// The page model for a dossier's configuration.
    public init(config: DossierConfig) {
        let base = SiteURL.normalizedBase(config.baseURL)
        title = UIStrings.arabic.notFoundTitle
        message = UIStrings.arabic.notFoundMessage
        siteTitle = config.title
        baseHref = base.map { $0 + "/" } ?? "/"
        links = [
            (UIStrings.arabic.homePage, "index.html"), (UIStrings.arabic.search, "search/index.html"),
            (UIStrings.arabic.articles, "articles/index.html"), (UIStrings.arabic.actors, "actors/index.html"),
            (UIStrings.arabic.timeline, "timeline/index.html"),
        ].map { Link(label: $0.0, href: SiteURL.href($0.1, base: base)) }
    }
}
