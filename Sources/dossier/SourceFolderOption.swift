import ArgumentParser
import DossierSite

/// `--source`, shared by every command that reads a dossier, without the parser's default: the
/// one the help states is worked out when the option is left out (`source`), so the help does
/// not print the folder it saw at `--help` as a second default.
struct SourceFolderOption: ParsableArguments {
    @Option(
        name: .customLong("source"),
        help: ArgumentHelp(
            "The dossier source folder (default: the working folder when it holds dossier.yml, else seeds).",
            valueName: "source"))
    var givenSource: String?

    /// The dossier source folder: `--source`, else `DefaultFolders.source`.
    var source: String { givenSource ?? DefaultFolders.source }

    func validate() throws {
        try EmptyArgument.refuse(givenSource, as: "--source", expected: "the folder that holds dossier.yml")
    }
}
