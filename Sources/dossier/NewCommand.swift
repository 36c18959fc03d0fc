import ArgumentParser
import DossierCommands
import DossierModel
import DossierSite

/// `dossier new`: adds content to a dossier.
struct NewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Add content to a dossier.", subcommands: [NewArticleCommand.self])
}

/// `dossier new article FILE`: imports a raw article as UTF-8 with a sidecar of what detection found.
struct NewArticleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "article",
        abstract: "Import a raw text file (any supported encoding) into articles/ as UTF-8, with a sidecar.",
        discussion: "The input file is never modified; existing files are never overwritten.")

    @Argument(help: "The raw article text file.")
    var file: String

    @OptionGroup var sourceFolder: SourceFolderOption

    /// The dossier source folder: `--source`, else `DefaultFolders.source`.
    var source: String { sourceFolder.source }

    @Option(name: .long, help: "The article id (file stem); default: the next free NNN_<8 hex of its SHA-256>.")
    var id: String?

    func validate() throws {
        try EmptyArgument.refuse(file, as: "FILE", expected: "the path of the article's text file")
        // Nothing there is a slip of the command line: said with the usage, before anything is read.
        guard FileKind(atPath: file) != .missing else {
            throw ValidationError(
                TerminalText.escaped("FILE \(file) does not exist: give the path of the article's text file"))
        }
        try EmptyArgument.refuse(id, as: "--id", expected: "an id, or leave the option out for the next free one")
    }

    func run() async throws {
        let result = try await Console.runReportingErrors {
            try ArticleImporter(sourceFolder: source).importArticle(from: file, id: id)
        }
        Console.writeStatus("dossier: imported \(file) (\(result.detection.encoding)) as \(result.articlePath)")
        Console.print(
            result.nearDuplicates.map { duplicate in
                let percent = Int((duplicate.similarity * 100).rounded(.down))
                return .warning(
                    .nearDuplicate,
                    "probably the same story as articles/\(duplicate.name): \(percent)% of the word triples of their bodies are shared",
                    at: SourceLocation(path: result.articlePath),
                    fix:
                        "If it adds nothing, delete \(result.articlePath) and \(result.sidecarPath); otherwise keep both."
                )
            })
        // Kept, so that its sidecar can say what the body is; the build refuses it until then.
        if result.detection.bodyParagraphCount == 0 {
            Console.print([
                .warning(
                    .articleEmpty,
                    "every line of the page looked like its furniture: no body paragraph was kept, so the build "
                        + "refuses the article until its sidecar keeps some",
                    at: SourceLocation(path: result.articlePath),
                    fix:
                        "List the first words of the article's paragraphs under `body:` in \(result.sidecarPath), or "
                        + "delete both files if the page held no article.")
            ])
        }
        Console.writeStatus("dossier: wrote \(result.sidecarPath):")
        print(TerminalText.escapedLines(result.sidecar), terminator: "")
    }
}
