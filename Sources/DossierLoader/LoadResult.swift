import DossierModel

/// What `DossierLoader.load(sourceFolder:)` returns: the dossier as read, and every content
/// problem found while reading it.
public struct LoadResult: Sendable {
    public let dossier: Dossier
    /// Errors and warnings, in the order the files were read (sorted paths).
    public let diagnostics: [Diagnostic]

    public init(dossier: Dossier, diagnostics: [Diagnostic]) {
        self.dossier = dossier
        self.diagnostics = diagnostics
    }
}
