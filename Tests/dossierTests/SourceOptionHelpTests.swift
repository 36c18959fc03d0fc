import Foundation
import Testing

/// Every command's `--help` gives `--source` one default, the one the help text states.
struct SourceOptionHelpTests {
    /// Found by author62: "(default: the working folder when it holds dossier.yml, else
    /// seeds). (default: seeds)", the second default the value the parser saw at `--help`.
    @Test(arguments: [["build"], ["check"], ["serve"], ["new", "article"], ["mentions"]])
    func theSourceOptionHasOneDefault(command: [String]) throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DossierBinary.run(command + ["--help"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let help = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let source = try #require(help.range(of: "--source <source> ")).upperBound
        let entry = help[source...].prefix { $0 != "-" }
        #expect(entry.hasSuffix("(default: the working folder when it holds dossier.yml, else seeds). "), "\(entry)")
        #expect(entry.components(separatedBy: "(default:").count == 2, "\(entry)")
    }
}
