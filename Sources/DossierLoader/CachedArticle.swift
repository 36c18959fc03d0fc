import DossierModel

/// One article as the loader read it, kept between builds so an unchanged article (same
/// bytes, same sidecar bytes) is not decoded and classified again.
public struct CachedArticle: Sendable, Hashable, Codable {
    /// SHA-256 of the article's bytes and of its sidecar's: the inputs the reading depends on.
    public let key: String
    public let article: Article
    /// The outlet name the article's sidecar or copyright line gave.
    public let outletName: String?
    /// The diagnostics reading the article produced.
    public let diagnostics: [Diagnostic]

    public init(key: String, article: Article, outletName: String?, diagnostics: [Diagnostic]) {
        self.key = key
        self.article = article
        self.outletName = outletName
        self.diagnostics = diagnostics
    }
}
