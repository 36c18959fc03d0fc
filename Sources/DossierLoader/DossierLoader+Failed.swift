import DossierModel

extension DossierLoader {
    /// The files of each id-bearing subfolder whose id is valid but missing from what was
    /// loaded: they failed to load, and their errors are the root of every unknown-id error
    /// about them. Files skipped for a bad name or a duplicate id define no id and are not listed.
    /// The files of a misspelt folder standing for a missing one («article/» with no
    /// «articles/»), and of a subfolder that links out of the dossier (never read), are listed
    /// too, at the folder, whose error is their root.
    static func failedSources(
        _ folder: SourceFolder, loaded: [FailedSource.Kind: Set<String>]
    ) -> [FailedSource] {
        var failed: [FailedSource] = []
        let tops = folder.folders(in: "")
        let standIns = misspeltFolders(folder).filter { !tops.contains($0.meant) }
        for kind in FailedSource.Kind.allCases {
            let extensions: Set<String> = kind == .article ? ["txt", "md"] : ["md"]
            let ids = loaded[kind] ?? []
            var seen = Set<String>()
            let places =
                [(kind.folder, nil)] + standIns.filter { $0.meant == kind.folder }.map { ($0.top, $0.top) }
            for (subfolder, root) in places {
                for path in folder.files(in: subfolder) where extensions.contains(Identifier.fileExtension(of: path)) {
                    let id = Identifier.stem(of: path)
                    guard Identifier.isValid(id), seen.insert(id).inserted, !ids.contains(id) else { continue }
                    failed.append(FailedSource(kind: kind, id: id, path: folder.displayPath(root ?? path)))
                }
            }
            // Only the names of a folder out of the dossier are listed, to know what its error
            // stands for.
            if case .outside(let real) = folder.place(of: kind.folder) {
                for name in (FolderListing.entries(of: real) ?? []).compactMap(\.name).sorted()
                where extensions.contains(Identifier.fileExtension(of: name)) {
                    let id = Identifier.stem(of: name)
                    guard Identifier.isValid(id), seen.insert(id).inserted, !ids.contains(id) else { continue }
                    failed.append(FailedSource(kind: kind, id: id, path: folder.displayPath(kind.folder)))
                }
            }
        }
        return failed
    }
}
