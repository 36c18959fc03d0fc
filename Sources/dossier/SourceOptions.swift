import ArgumentParser
import DossierSite

/// Where the dossier and its templates are, and how strict to be: shared by `build`, `check`
/// and `serve`.
struct SourceOptions: ParsableArguments {
    /// `--source`, without the parser's default: the one the help states is worked out when the
    /// option is left out (`source`), so the help does not print the folder it saw at `--help`.
    @Option(
        name: .customLong("source"),
        help: ArgumentHelp(
            "The dossier source folder (default: the working folder when it holds dossier.yml, else seeds).",
            valueName: "source"))
    var givenSource: String?

    /// The dossier source folder: `--source`, else `DefaultFolders.source`.
    var source: String { givenSource ?? DefaultFolders.source }

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The folder of templates and assets (default: the source's Templates/ when it has one, else those built into dossier).",
            valueName: "folder"))
    var templates: String?

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    func validate() throws {
        try EmptyArgument.refuse(givenSource, as: "--source", expected: "the folder that holds dossier.yml")
        try EmptyArgument.refuse(
            templates, as: "--templates", expected: "a folder of templates, or leave the option out")
    }

    /// A builder for these options.
    func builder() -> SiteBuilder {
        SiteBuilder(sourceFolder: source, templatesFolder: templates, strict: strict)
    }
}
