import DossierModel

/// One article as the loader read it, kept between builds so an unchanged article (same
/// bytes, same sidecar bytes) is not decoded and classified again. In the cache its paths start
/// with `sourceMarker` instead of the source folder, so the cache holds no path of the machine.
public struct CachedArticle: Sendable, Hashable, Codable {
    /// SHA-256 of the article's bytes and of its sidecar's: the inputs the reading depends on.
    public let key: String
    public let article: Article
    /// The outlet name the article's sidecar or copyright line gave.
    public let outletName: GivenOutletName?
    /// The outlet the page credits by a name that gives no id, matched to the dossier's
    /// outlets on every build (`DossierLoader.attributeOutlets`).
    public let unidentifiedOutlet: UnidentifiedOutlet?
    /// The sidecar's `outlet` line when the article's outlet is the sidecar's: where the
    /// outlet's warnings point (`outlet-unnamed`).
    public let outletLocation: SourceLocation?
    /// The diagnostics reading the article produced.
    public let diagnostics: [Diagnostic]

    public init(
        key: String, article: Article, outletName: GivenOutletName?, unidentifiedOutlet: UnidentifiedOutlet? = nil,
        outletLocation: SourceLocation? = nil, diagnostics: [Diagnostic]
    ) {
        self.key = key
        self.article = article
        self.outletName = outletName
        self.unidentifiedOutlet = unidentifiedOutlet
        self.outletLocation = outletLocation
        self.diagnostics = diagnostics
    }

    /// What stands for the source folder in the paths of a cached article.
    static let sourceMarker = "<source>"

    /// This article with `root + "/"` at the start of its paths replaced by `sourceMarker`.
    func withPathsRelative(to root: String) -> CachedArticle {
        mapPaths { $0.hasPrefix(root + "/") ? Self.sourceMarker + $0.dropFirst(root.count) : $0 }
    }

    /// This article, read from the cache, with `sourceMarker` at the start of its paths
    /// replaced by `root`.
    func withPathsUnder(_ root: String) -> CachedArticle {
        mapPaths { $0.hasPrefix(Self.sourceMarker + "/") ? root + $0.dropFirst(Self.sourceMarker.count) : $0 }
    }

    private func mapPaths(_ transform: (String) -> String) -> CachedArticle {
        var article = article
        if let path = article.sidecar?.path { article.sidecar?.path = transform(path) }
        let diagnostics = diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            if let path = diagnostic.location?.path { diagnostic.location?.path = transform(path) }
            return diagnostic
        }
        var outletName = outletName
        if let path = outletName?.location?.path { outletName?.location?.path = transform(path) }
        var outletLocation = outletLocation
        if let path = outletLocation?.path { outletLocation?.path = transform(path) }
        return CachedArticle(
            key: key, article: article, outletName: outletName, unidentifiedOutlet: unidentifiedOutlet,
            outletLocation: outletLocation, diagnostics: diagnostics)
    }
}
