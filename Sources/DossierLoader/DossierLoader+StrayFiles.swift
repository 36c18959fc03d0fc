import DossierModel
import Foundation

/// Folders a user put where dossier never looks: an article saved in a misspelt folder
/// («article/») or in a folder inside `articles/` («articles/2024/») was left out of the site
/// without a word. (A text file at the top of the dossier may be anything, a to-do list or
/// the fixtures' `expected.txt`, and is not named.)
extension DossierLoader {
    /// The folders dossier reads its sources from.
    static let sourceFolders = ["articles", "actors", "topics", "notes", "outlets"]

    /// A warning for each folder inside a source folder, and each top folder whose name is a
    /// source folder's, misspelt. A link to a folder inside a source folder has its own warning
    /// (`SourceFolder.linkDiagnostics`), so it gets no second one here.
    static func strayFileDiagnostics(_ folder: SourceFolder) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for subfolder in sourceFolders {
            for inner in folder.folders(in: subfolder) where !folder.isLink(inner) {
                diagnostics.append(
                    .warning(
                        .unexpectedFile,
                        "`\(inner)/` is a folder: only the files directly in `\(subfolder)/` are read, so none of its files is",
                        at: SourceLocation(path: folder.displayPath(inner)),
                        fix: "Move its files up into `\(subfolder)/`, or move the folder out of the dossier."))
            }
        }
        let tops = folder.folders(in: "")
        for (top, meant) in misspeltFolders(folder) {
            let fix = "Rename the folder `\(meant)/`, or move its files into `\(meant)/`."
            let location = SourceLocation(path: folder.displayPath(top))
            // With no `meant/` beside it, nothing of that kind is read at all: an error, and the
            // unknown ids that follow from it are counted on it (`failedSources`).
            diagnostics.append(
                tops.contains(meant)
                    ? .warning(
                        .unexpectedFile, "`\(top)/` is not read: did you mean `\(meant)/`?", at: location, fix: fix)
                    : .error(
                        .unexpectedFile,
                        "`\(top)/` is not read, and the dossier has no `\(meant)/`: did you mean `\(meant)/`?",
                        at: location, fix: fix))
        }
        // The dossier's own templates are read from `Templates/` only (where a file system
        // ignores case, `templates/` is that folder, and no warning is due).
        for top in tops where ["templates", "template"].contains(top.lowercased()) && top != OwnTemplatesFolder.name {
            guard !FileManager.default.fileExists(atPath: folder.fullPath(OwnTemplatesFolder.name)) else { continue }
            diagnostics.append(
                .warning(
                    .unexpectedFile,
                    "`\(top)/` is not read: a dossier's own templates are in `\(OwnTemplatesFolder.name)/`, so the built-in ones are used",
                    at: SourceLocation(path: folder.displayPath(top)),
                    fix: "Rename the folder `\(OwnTemplatesFolder.name)/`, or pass it with --templates."))
        }
        return diagnostics
    }

    /// Each top folder whose name is a source folder's, misspelt, with the folder meant.
    static func misspeltFolders(_ folder: SourceFolder) -> [(top: String, meant: String)] {
        folder.folders(in: "").compactMap { top in
            guard !sourceFolders.contains(top) else { return nil }
            return sourceFolders.first { isMisspelling(top, of: $0) }.map { (top, $0) }
        }
    }

    /// Whether `name` is `folder` written in another case, or without or with a final «s».
    private static func isMisspelling(_ name: String, of folder: String) -> Bool {
        let lower = name.lowercased()
        return lower == folder || lower == String(folder.dropLast()) || lower == folder + "s"
    }
}
