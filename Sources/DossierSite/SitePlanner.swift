import DossierAnalysis
import DossierModel
import DossierOutput

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
        let (nesting, unwritable) = nestingCollisions(in: files)
        // Those assets are left out of the plan: the writer could not make them, and the
        // build's errors say why before anything replaces the output.
        files.removeAll { unwritable.contains($0.path) }
        return (SitePlan(files: files), collisions(in: files, dossier: dossier) + nesting)
    }

    /// The files written beside the plan's (`HostFilesBuilder`): no asset may stand there, nor
    /// in the search index's folder.
    private static let hostFilePaths: Set<String> = [AtomFeed.path, RobotsFile.path, SearchAliases.path, Sitemap.path]

    /// Two things planned at one path (e.g. `x.txt` and `x.md`, or a template asset named like
    /// a page) would overwrite each other, as would an asset and a host file.
    private static func collisions(in files: [PlannedFile], dossier: Dossier) -> [Diagnostic] {
        var seen: [String: PlannedFile] = [:]
        var diagnostics: [Diagnostic] = []
        for file in files {
            if let earlier = seen[file.path], earlier != file {
                diagnostics.append(collision(earlier, file))
            } else if case .asset(let asset) = file.content, hostFilePaths.contains(file.path) {
                diagnostics.append(
                    .error(
                        .outputCollision,
                        "the template asset `\(asset)` would be written to \(file.path), where the site writes its own",
                        fix: "rename or remove `\(asset)` in the templates folder"))
            } else if case .asset(let asset) = file.content,
                file.path == PagefindRunner.indexFolder || file.path.hasPrefix(PagefindRunner.indexFolder + "/")
            {
                // The search index's folder, whether or not this build makes one.
                diagnostics.append(
                    .error(
                        .outputCollision,
                        "the template asset `\(asset)` would be written to \(file.path), in the search index's folder",
                        fix: "move `\(asset)` out of `\(PagefindRunner.indexFolder)/` in the templates folder"))
            }
            seen[file.path] = file
        }
        return diagnostics
    }

    /// An asset inside a path the site writes as a file (`feed.xml/a.css`), or at a path the
    /// site writes as a folder (`actors`): one of the two cannot be made, and the writer failed
    /// with the system's words, or lost the asset on a rebuild.
    private static func nestingCollisions(in files: [PlannedFile]) -> (diagnostics: [Diagnostic], paths: Set<String>) {
        var sitePaths = hostFilePaths
        var siteFolders = Set<String>()
        for file in files {
            if case .asset = file.content { continue }
            sitePaths.insert(file.path)
            siteFolders.formUnion(ancestors(of: file.path))
        }
        var diagnostics: [Diagnostic] = []
        var paths = Set<String>()
        for file in files {
            guard case .asset(let asset) = file.content else { continue }
            let message: String
            if siteFolders.contains(file.path) {
                message =
                    "the template asset `\(asset)` would be written to \(file.path), where the site has its folder \(file.path)/"
            } else if let inside = ancestors(of: file.path).first(where: sitePaths.contains) {
                message =
                    "the template asset `\(asset)` would be written inside \(inside), which the site writes as a file"
            } else {
                continue
            }
            diagnostics.append(
                .error(.outputCollision, message, fix: "rename or move `\(asset)` in the templates folder"))
            paths.insert(file.path)
        }
        return (diagnostics, paths)
    }

    /// The folders `path` lies in, innermost last (`a`, `a/b` for `a/b/c`).
    private static func ancestors(of path: String) -> [String] {
        var result: [String] = []
        var index = path.startIndex
        while let slash = path[index...].firstIndex(of: "/") {
            result.append(String(path[..<slash]))
            index = path.index(after: slash)
        }
        return result
    }

    /// The error for `earlier` and `later`, planned at one path, naming both.
    private static func collision(_ earlier: PlannedFile, _ later: PlannedFile) -> Diagnostic {
        let asset = [earlier, later].lazy.compactMap { file -> String? in
            if case .asset(let asset) = file.content { return asset }
            return nil
        }.first
        return .error(
            .outputCollision,
            "\(describe(earlier)) and \(describe(later)) would both be written to \(later.path)",
            fix: asset.map { "rename or remove `\($0)` in the templates folder" }
                ?? "rename one of the source files so their ids differ")
    }

    /// What a planned file is made from, in a few words.
    private static func describe(_ file: PlannedFile) -> String {
        switch file.content {
        case .page: return "a page of the site"
        case .copy(let source): return "the original `\(source)`"
        case .asset(let asset): return "the template asset `\(asset)`"
        case .data: return "a data file of the site"
        }
    }

    private static func join(_ folder: String, _ path: String) -> String {
        folder.hasSuffix("/") ? folder + path : folder + "/" + path
    }
}
