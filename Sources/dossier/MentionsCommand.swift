import ArgumentParser
import DossierCommands
import DossierLoader
import DossierModel
import DossierSite
import Foundation

/// `dossier mentions [FILE…]`: every actor mention with its context and the alias that matched.
struct MentionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mentions",
        abstract: "List every actor mention in text files, with the alias that matched and its context.",
        discussion: """
            The gazetteer is the dossier's actors (<source>/actors). Without files, every article of \
            the dossier is searched. Whole files are searched, page furniture included; ambiguous weak \
            aliases are listed with their candidates.
            """)

    @OptionGroup var sourceFolder: SourceFolderOption

    /// The dossier source folder: `--source`, else `DefaultFolders.source`.
    var source: String { sourceFolder.source }

    @Argument(help: "Text files to search (any supported encoding); default: the dossier's articles.")
    var files: [String] = []

    func validate() throws {
        for file in files { try EmptyArgument.refuse(file, as: "a FILE", expected: "the path of a text file") }
    }

    func run() async throws {
        try await Console.runReportingErrors { [source] in try DossierLoader.checkSourceFolder(source) }
        let (listing, actorProblems) = MentionListing.make(sourceFolder: source)
        Console.print(actorProblems)
        var failed = actorProblems.hasErrors
        let paths = try await Console.runReportingErrors { [self] in try files.isEmpty ? articleFiles() : files }
        for path in paths {
            switch listing.entries(inFile: path) {
            case .success(let entries): entries.forEach { print(TerminalText.escaped("\($0)")) }
            case .failure(let diagnostic):
                Console.print([diagnostic])
                failed = true
            }
        }
        if failed { throw ExitCode.failure }
    }

    /// The dossier's article files; none when it has no `articles/` folder, and an error in
    /// plain words (`Console.describe`) when the folder cannot be listed.
    private func articleFiles() throws -> [String] {
        let folder = source + "/articles"
        guard FileKind(atPath: folder) != .missing else {
            Console.writeStatus("dossier: note: \(folder) does not exist; no article to search")
            return []
        }
        return try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
            .sorted()
            .map { folder + "/" + $0 }
    }
}
