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

    public init(
        title: String, subtitle: String? = nil, description: String? = nil,
        language: String = "ar", baseURL: String? = nil, limits: ArticleLimits = ArticleLimits()
    ) {
        self.title = title
        self.subtitle = subtitle
        self.description = description
        self.language = language
        self.baseURL = baseURL
        self.limits = limits
    }
}
