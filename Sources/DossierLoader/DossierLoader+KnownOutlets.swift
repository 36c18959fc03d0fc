import DossierModel

// Articles copied into `articles/` by hand get the outlet the dossier already has that their page
// names, as `dossier new article` gives it on import.
extension DossierLoader {
    /// Gives each article that has no outlet (no sidecar `outlet`, no id from its page) the
    /// outlet of `known` its page names, if any, with the line as evidence; the article's
    /// `outlet-without-id` warning, which asked for that id, is then dropped. `unidentified`
    /// holds the names pages credit without an id, by article id.
    static func attributeKnownOutlets(
        _ articles: inout [Article], unidentified: [String: UnidentifiedOutlet], known: KnownOutlets,
        folder: SourceFolder, diagnostics: inout [Diagnostic]
    ) {
        var attributed: Set<String> = []
        for index in articles.indices where articles[index].provenance.outlet == .missing {
            let credit = unidentified[articles[index].id]
            let clues = OutletClues(
                outletID: nil, outletName: credit?.name, outletEvidence: credit?.evidence,
                furniture: articles[index].furniture)
            guard let match = known.match(clues) else { continue }
            articles[index].outlet = match.id
            articles[index].provenance.outlet = .detected
            articles[index].provenance.outletEvidence = "known outlet «\(match.name)», \(match.evidence)"
            attributed.insert(folder.displayPath(articles[index].source.relativePath))
        }
        guard !attributed.isEmpty else { return }
        diagnostics.removeAll { $0.code == .outletWithoutID && attributed.contains($0.location?.path ?? "") }
    }
}
