import DossierModel
import DossierOutput
import DossierRenderer

/// The templates a build reads, and the folders it may not write into.
extension SiteBuilder {
    /// The template set of this build (see `templatesFolderInUse`). The dossier's own
    /// `Templates/` must lie inside it, as every file a build reads from the dossier must: a
    /// link to a folder elsewhere would publish that folder's files. One given on the command
    /// line is the user's word, wherever it is, but it may not hold the dossier: the site
    /// publishes the templates folder's files, and would publish the sources with them.
    func loadTemplates() async throws -> TemplateSet {
        guard let folder = templatesFolderInUse else { return try TemplateSet.embedded() }
        if case .success(let real) = RealPath.resolve(folder),
            case .success(let source) = RealPath.resolve(sourceFolder)
        {
            if RealPath.isInside(source, folder: real) {
                throw TemplateError(
                    "the templates folder \(folder) holds the dossier \(sourceFolder), whose files the site would "
                        + "publish with the templates' assets; keep the templates in a folder of their own, or in the "
                        + "dossier's Templates/")
            }
            if templatesFolder == nil, !RealPath.isInside(real, folder: source) {
                throw TemplateError(
                    "\(folder) is a link to \(real), outside the dossier, whose files the site would publish; "
                        + "copy the folder into the dossier, or name it with --templates")
            }
        }
        return try await TemplateSet.load(directory: folder)
    }

    /// The folders no build may write into.
    var protectedFolders: [ProtectedFolder] {
        [ProtectedFolder(role: "source folder", path: sourceFolder)]
            + (templatesFolderInUse.map { [ProtectedFolder(role: "templates folder", path: $0)] } ?? [])
    }
}
