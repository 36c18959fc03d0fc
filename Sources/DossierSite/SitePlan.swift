/// Every file the site will contain, with what produces it; sorted by path.
public struct SitePlan: Sendable, Hashable {
    /// Sorted by path; paths are unique.
    public let files: [PlannedFile]
    /// Every planned path, for links and checks.
    public let paths: Set<String>

    public init(files: [PlannedFile]) {
        var seen = Set<String>()
        self.files = files.sorted { $0.path < $1.path }.filter { seen.insert($0.path).inserted }
        self.paths = seen
    }

    /// The planned pages, in path order.
    public var pages: [PlannedFile] { files.filter(\.isPage) }

    /// True when the site has the page or file of `route`.
    public func contains(_ route: Route) -> Bool { paths.contains(SiteRoutes.path(of: route)) }
}

/// One output file and what produces it.
public struct PlannedFile: Sendable, Hashable {
    /// Where the content comes from.
    public enum Content: Sendable, Hashable {
        /// An HTML page rendered from the dossier.
        case page(Route)
        /// A file copied byte for byte (an article's original).
        case copy(from: String)
        /// A file of the template set (a stylesheet, a font), by its path there, byte for byte.
        case asset(String)
        /// A data file generated from the analysis (`data/dossier.json`, `data/articles/<id>.json`,
        /// `data/annotations.jsonld`).
        case data(Route)
    }

    /// The path from the site root.
    public let path: String
    public let content: Content

    public init(path: String, content: Content) {
        self.path = path
        self.content = content
    }

    /// A page at its route's path.
    public static func page(_ route: Route) -> PlannedFile {
        PlannedFile(path: SiteRoutes.path(of: route), content: .page(route))
    }

    public var isPage: Bool {
        if case .page = content { return true }
        return false
    }
}
