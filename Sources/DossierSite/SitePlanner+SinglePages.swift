import DossierModel

extension SitePlanner {
    /// The pages a site has one of, besides the home page: the timeline, search, comparison (with
    /// two articles or more) and 404 pages.
    static func singlePages(analysis: AnalyzedDossier) -> [PlannedFile] {
        var files: [PlannedFile] = [.page(.timeline), .page(.search), .page(.notFound)]
        if analysis.dossier.articles.count > 1 { files.append(.page(.comparison)) }
        return files
    }
}
