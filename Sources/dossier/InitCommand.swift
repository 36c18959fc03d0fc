import ArgumentParser
import DossierCommands
import DossierModel
import DossierSite
import Foundation

/// `dossier init [DIR]`: writes a new dossier with one example of each kind of source.
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a new dossier source folder that builds at once, with one example of each source kind.",
        discussion: """
            DIR must be new or empty (a .git folder is allowed). It receives dossier.yml, index.md, an \
            example article with its sidecar, an example actor, topic and note, and a .gitignore for \
            the output (public/) and the build cache (.dossier/).
            """)

    @Argument(help: "The folder to create (default: the current folder, which must be empty).")
    var folder = "."

    func validate() throws {
        try EmptyArgument.refuse(
            folder, as: "DIR", expected: "the folder to create, or leave it out for the current one")
    }

    func run() async throws {
        try await Console.runReportingErrors { [folder] in try DossierStarter.write(into: folder) }
        Console.writeStatus("dossier: wrote a new dossier in \(folder):")
        DossierStarter.filePaths.forEach { print($0) }
        // The output must lie outside the source folder: beside it, whatever folder it is.
        let real = URL(fileURLWithPath: folder).standardizedFileURL.path
        let output = SiteFolderName.beside(folder, real: real)
        Console.writeStatus("dossier: build it with `dossier build --source \(folder) --output \(output)`")
    }
}
