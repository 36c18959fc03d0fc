/// Settings from `dossier.yml`.
public struct DossierConfig: Sendable, Hashable, Encodable {
    public var title: String
    public var subtitle: String?
    public var description: String?
    /// BCP 47 language of the site, `ar` by default.
    public var language: String
    /// Absolute URL the site is served from; enables feeds' absolute links and the sitemap.
    public var baseURL: String?
    /// The largest article the loader reads (`max_article_bytes`, `max_line_characters`).
    public var limits: ArticleLimits
    /// Whether each article's source file is copied into the site (`publish_originals`), as
    /// `articles/<id>/original.txt`. Off by default: the article page always gives the file's
    /// name, size and SHA-256, but a copy of every collected page, furniture and all, doubles
    /// the text the site carries and republishes other sites' pages whole.
    public var publishOriginals: Bool

    public init(
        title: String, subtitle: String? = nil, description: String? = nil,
        language: String = "ar", baseURL: String? = nil, limits: ArticleLimits = ArticleLimits(),
        publishOriginals: Bool = false
    ) {
        self.title = title
        self.subtitle = subtitle
        self.description = description
        self.language = language
        self.baseURL = baseURL
        self.limits = limits
        self.publishOriginals = publishOriginals
    }
}
