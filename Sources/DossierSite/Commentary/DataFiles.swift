import DossierModel
import Foundation

/// The contents of the site's data files, from the analysis.
enum DataFiles {
    /// The bytes of `data/dossier.json`, an article's `data/articles/<id>.json` or
    /// `data/annotations.jsonld`; empty for other routes.
    static func bytes(of route: Route, index: SiteIndex) -> [UInt8] {
        switch route {
        case .dossierData:
            return DossierJSON.encode(index.analysis)
        case .articleData(let id):
            return index.analysis.article(id).map(DossierJSON.encode) ?? []
        case .annotations:
            let base = SiteURL.normalizedBase(index.dossier.config.baseURL).map { $0 + "/" }
            return WebAnnotationExport.encode(index.analysis) { article in
                articleURL(article, base: base)
            }
        default:
            return []
        }
    }

    /// The article page's URL (its folder): absolute under `base_url`, else relative to
    /// `data/annotations.jsonld`, against whose address a reader resolves it.
    static func articleURL(_ article: String, base: String?) -> String {
        let folder = SiteRoutes.path(of: .article(article)).replacingOccurrences(of: "index.html", with: "")
        return (base ?? "../") + folder
    }
}
