import ArgumentParser
import DossierSite

/// Where the dossier and its templates are, and how strict to be: shared by `build`, `check`
/// and `serve`.
struct SourceOptions: ParsableArguments {
    @OptionGroup var sourceFolder: SourceFolderOption

    /// The dossier source folder: `--source`, else `DefaultFolders.source`.
    var source: String { sourceFolder.source }

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The folder of templates and assets (default: the source's Templates/ when it has one, else those built into dossier).",
            valueName: "folder"))
    var templates: String?

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    func validate() throws {
        try EmptyArgument.refuse(
            templates, as: "--templates", expected: "a folder of templates, or leave the option out")
    }

    /// A builder for these options.
    func builder() -> SiteBuilder {
        SiteBuilder(sourceFolder: source, templatesFolder: templates, strict: strict)
    }
}
