import DossierAnalysis
import DossierModel

/// Decides which files the site has: one page per page kind and item, the copied originals
/// (when `publish_originals` asks for them) and the template assets.
public enum SitePlanner {
    /// The plan for the analyzed dossier of `index`, read from `sourceFolder`, with `assets`
    /// (paths in the template set). The lists come from the index, which the pages are
    /// rendered from: sorted once for both.
    public static func plan(
        index: SiteIndex, sourceFolder: String, assets: [String]
    ) -> (plan: SitePlan, diagnostics: [Diagnostic]) {
        let analysis = index.analysis
        let dossier = analysis.dossier
        let listings = index.listings
        var files: [PlannedFile] = [.page(.home)] + singlePages(analysis: analysis, listings: listings)
        for article in dossier.articles {
            files.append(.page(.article(article.id)))
            files.append(
                PlannedFile(
                    path: SiteRoutes.path(of: .articleData(article.id)), content: .data(.articleData(article.id))))
            if dossier.config.publishOriginals {
                files.append(
                    PlannedFile(
                        path: SiteRoutes.path(of: .articleOriginal(article.id)),
                        content: .copy(from: join(sourceFolder, article.source.relativePath))))
            }
        }
        files += commentaryFiles(analysis, listings: listings)
        for asset in assets {
            files.append(PlannedFile(path: SiteRoutes.path(of: .asset(asset)), content: .asset(asset)))
        }
        return (SitePlan(files: files), collisions(in: files, dossier: dossier))
    }

    /// Two things planned at one path (e.g. `x.txt` and `x.md`) would overwrite each other.
    private static func collisions(in files: [PlannedFile], dossier: Dossier) -> [Diagnostic] {
        var seen: [String: PlannedFile] = [:]
        var diagnostics: [Diagnostic] = []
        for file in files {
            if let earlier = seen[file.path], earlier != file {
                diagnostics.append(
                    .error(
                        .outputCollision, "two sources would be written to \(file.path)",
                        fix: "rename one of the source files so their ids differ"))
            }
            seen[file.path] = file
        }
        return diagnostics
    }

    private static func join(_ folder: String, _ path: String) -> String {
        folder.hasSuffix("/") ? folder + path : folder + "/" + path
    }
}
