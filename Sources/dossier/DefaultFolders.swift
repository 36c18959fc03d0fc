import DossierModel
import Foundation

/// The folders a command uses when none is given. Run inside a dossier (a working folder
/// holding `dossier.yml`, as `dossier init` makes it), the source is that folder and the site
/// goes beside it (`../<name>-site`: an output inside the source is refused); elsewhere the
/// source is `seeds` and the site `public`, as in the project's own folder.
enum DefaultFolders {
    /// True when the working folder holds `dossier.yml`.
    static var insideADossier: Bool { FileManager.default.fileExists(atPath: "dossier.yml") }

    /// The default `--source`.
    static var source: String { insideADossier ? "." : "seeds" }

    /// The default `--output` for a build of `source`: beside it when it is the working folder.
    static func output(for source: String) -> String {
        let here = FileManager.default.currentDirectoryPath
        let given = URL(fileURLWithPath: source).standardizedFileURL.path
        return given == URL(fileURLWithPath: here).standardizedFileURL.path
            ? SiteFolderName.beside(".", real: here) : "public"
    }
}
