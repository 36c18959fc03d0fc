import DossierModel

extension SitePlanner {
    /// The timeline, search, comparison (with two articles or more) and 404 pages.
    static func extraPages(analysis: AnalyzedDossier) -> [PlannedFile] {
        var files: [PlannedFile] = [.page(.timeline), .page(.search), .page(.notFound)]
        if analysis.dossier.articles.count > 1 { files.append(.page(.comparison)) }
        return files
    }
}
