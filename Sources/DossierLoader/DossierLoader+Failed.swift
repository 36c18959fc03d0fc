import DossierModel

extension DossierLoader {
    /// The files of each id-bearing subfolder whose id is valid but missing from what was
    /// loaded: they failed to load, and their errors are the root of every unknown-id error
    /// about them. Files skipped for a bad name or a duplicate id define no id and are not listed.
    /// The files of a misspelt folder standing for a missing one («article/» with no
    /// «articles/») are listed too, at the folder, whose error is their root.
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
        }
        return failed
    }
}
