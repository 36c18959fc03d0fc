import DossierAnalysis
import DossierModel
import DossierOutput

/// The generated files beside the pages: Atom feed, sitemap (with `base_url`), robots.txt
/// and the search page's alias table.
public enum HostFilesBuilder {
    /// The host files of a site planned as `plan`.
    public static func files(analysis: AnalyzedDossier, plan: SitePlan) -> [RenderedFile] {
        let dossier = analysis.dossier
        let config = dossier.config
        var files = [
            text(AtomFeed.path, AtomFeed.xml(config: config, entries: FeedEntry.entries(for: dossier))),
            text(RobotsFile.path, RobotsFile.text(baseURL: config.baseURL)),
            text(SearchAliases.path, SearchAliases.json(actors: dossier.actors)),
        ]
        let articles = Dictionary(dossier.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let pages = plan.files.compactMap { file -> Sitemap.Page? in
            guard case .page(let route) = file.content, route != .notFound else { return nil }
            if case .article(let id) = route {
                return Sitemap.Page(path: file.path, lastModified: articles[id]?.published)
            }
            return Sitemap.Page(path: file.path)
        }
        if let sitemap = Sitemap.xml(baseURL: config.baseURL, pages: pages) {
            files.append(text(Sitemap.path, sitemap))
        }
        return files
    }

    private static func text(_ path: String, _ content: String) -> RenderedFile {
        RenderedFile(path: path, content: .bytes(Array(content.utf8)))
    }
}
