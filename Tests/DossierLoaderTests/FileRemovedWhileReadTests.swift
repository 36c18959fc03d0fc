import DossierModel
import Foundation
import Testing

@testable import DossierLoader

/// A file listed, then removed before it was read (an article deleted while `serve` rebuilt)
/// is said to have been removed while the build read the source, not to be unreadable.
struct FileRemovedWhileReadTests {
    @Test func aFileRemovedAfterItWasListedIsSaidToBeRemoved() throws {
        let (folder, source) = try FixturePaths.copyOfValid("removed-while-read")
        defer { try? FileManager.default.removeItem(at: folder) }
        let sourceFolder = SourceFolder(source)
        let listed = try #require(sourceFolder.files(in: "articles").first { $0.hasSuffix(".txt") })
        try FileManager.default.removeItem(atPath: source + "/" + listed)
        guard case .failure(let diagnostic) = sourceFolder.bytes(listed) else {
            Issue.record("a removed file was read")
            return
        }
        #expect(diagnostic.code == .unreadableFile)
        #expect(diagnostic.location?.path == source + "/" + listed)
        #expect(diagnostic.message == "the file was removed while the build was reading the source folder")
        #expect(diagnostic.fix?.contains("Build again") == true)
    }

    /// A link to nothing is still there: it cannot be read, and is not said to be removed.
    @Test func aLinkToNothingIsNotSaidToBeRemoved() throws {
        let (folder, source) = try FixturePaths.copyOfValid("removed-link")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(
            atPath: source + "/articles/gone.txt", withDestinationPath: source + "/articles/never-there.txt")
        guard case .failure(let diagnostic) = SourceFolder(source).bytes("articles/gone.txt") else {
            Issue.record("a link to nothing was read")
            return
        }
        #expect(diagnostic.message == "cannot read the file")
    }
}
