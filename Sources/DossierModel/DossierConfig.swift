/// Settings from `dossier.yml`.
public struct DossierConfig: Sendable, Hashable {
    public var title: String
    public var subtitle: String?
    public var description: String?
    /// BCP 47 language of the site, `ar` by default.
    public var language: String
    /// Absolute URL the site is served from; enables feeds' absolute links and the sitemap.
    public var baseURL: String?

    public init(
        title: String, subtitle: String? = nil, description: String? = nil,
        language: String = "ar", baseURL: String? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.description = description
        self.language = language
        self.baseURL = baseURL
    }
}
