import ArgumentParser
import DossierSite

/// `dossier`: builds and checks annotated Arabic news dossiers as static sites.
@main
struct DossierCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Build an annotated Arabic news dossier into a static right-to-left website.",
        version: "dossier \(version) (data files: schema version \(DossierJSON.schemaVersion))",
        subcommands: [
            InitCommand.self, BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self,
            MentionsCommand.self,
        ],
        defaultSubcommand: BuildCommand.self)

    /// The release of dossier, printed by `dossier --version`.
    static let version = "0.9.0"
}
