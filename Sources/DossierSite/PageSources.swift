import DossierModel

/// Which source file each page of the site is made from, so that an error about a built page
/// can name the file the user would edit.
enum PageSources {
    /// Page path (from the site root) → source file as shown in diagnostics, for the pages made
    /// from one file (an article, an actor, a topic, an outlet, the overview).
    static func map(plan: SitePlan, dossier: Dossier, sourceFolder: String) -> [String: String] {
        let folder = sourceFolder.hasSuffix("/") ? String(sourceFolder.dropLast()) : sourceFolder
        let articles = Dictionary(
            dossier.articles.map { ($0.id, folder + "/" + $0.source.relativePath) },
            uniquingKeysWith: { first, _ in first })
        let actors = Dictionary(dossier.actors.map { ($0.id, $0.source.path) }, uniquingKeysWith: { first, _ in first })
        let topics = Dictionary(dossier.topics.map { ($0.id, $0.source.path) }, uniquingKeysWith: { first, _ in first })
        let outlets = Dictionary(
            dossier.outlets.compactMap { outlet in outlet.source.map { (outlet.id, $0.path) } },
            uniquingKeysWith: { first, _ in first })
        var result: [String: String] = [:]
        for file in plan.pages {
            guard case .page(let page) = file.content else { continue }
            let route = page.landing
            let source: String? =
                switch route {
                case .home: dossier.overview == nil ? nil : folder + "/index.md"
                case .article(let id): articles[id]
                case .actor(let id): actors[id]
                case .topic(let id): topics[id]
                case .outlet(let id): outlets[id]
                default: nil
                }
            if let source { result[file.path] = source }
        }
        return result
    }
}
