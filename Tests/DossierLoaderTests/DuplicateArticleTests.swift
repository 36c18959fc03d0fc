import DossierLoader
import DossierModel
import Foundation
import Testing

/// An article file with another's bytes (a page saved twice, a link to another article's file)
/// is a warning at the later file by path, naming the earlier; different files are not.
struct DuplicateArticleTests {
    @Test func aFileWithAnotherArticlesBytesIsNamed() throws {
        let (folder, source) = try FixturePaths.copyOfValid("dupes")
        defer { try? FileManager.default.removeItem(at: folder) }
        let clean = try DossierLoader.load(sourceFolder: source)
        #expect(!clean.diagnostics.contains { $0.code == .duplicateArticle })
        try FileManager.default.copyItem(
            atPath: source + "/articles/flood-derna.txt", toPath: source + "/articles/flood-derna-copy.txt")
        try FileManager.default.createSymbolicLink(
            atPath: source + "/articles/olive-link.txt", withDestinationPath: "olive-harvest.txt")
        let result = try DossierLoader.load(sourceFolder: source)
        let warnings = result.diagnostics.filter { $0.code == .duplicateArticle }
        #expect(
            warnings.map { "\($0.location?.path.replacingOccurrences(of: source + "/", with: "") ?? "") \($0.message)" }
                == [
                    "articles/flood-derna.txt the file has the same bytes as articles/flood-derna-copy.txt: "
                        + "the site shows the story twice",
                    "articles/olive-link.txt the file has the same bytes as articles/olive-harvest.txt: "
                        + "the site shows the story twice",
                ])
        #expect(warnings.allSatisfy { $0.severity == .warning })
    }

    /// The same story in a file that differs in white space, line endings or an extra line at
    /// the end (a page copied twice by hand) is named too; a story that differs by a word is not,
    /// though its page furniture is the same.
    @Test func theSameStoryInOtherBytesIsNamed() throws {
        let (folder, source) = try FixturePaths.copyOfValid("dupes")
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try String(contentsOfFile: source + "/articles/flood-derna.txt", encoding: .utf8)
        try (original.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n\r\n").write(
            toFile: source + "/articles/flood-derna-again.txt", atomically: true, encoding: .utf8)
        let changed = try #require(original.range(of: "مياه الشرب"))
        try original.replacingCharacters(in: changed, with: "مياه الشراب").write(
            toFile: source + "/articles/flood-derna-edited.txt", atomically: true, encoding: .utf8)
        let result = try DossierLoader.load(sourceFolder: source)
        let warnings = result.diagnostics.filter { $0.code == .duplicateArticle }
        #expect(warnings.count == 1, "\(warnings.map(\.description))")
        #expect(warnings.first?.location?.path.hasSuffix("articles/flood-derna.txt") == true)
        #expect(
            warnings.first?.message.hasPrefix("the story is word for word that of articles/flood-derna-again.txt")
                == true)
    }
}
