import DossierLoader
import DossierModel
import Foundation
import Testing

/// A source that is not a regular file (a named pipe, a folder where dossier.yml should be)
/// is named for what it is, with how to fix it, rather than as missing or unreadable.
@Suite struct SpecialFileTests {
    @Test func aNamedPipeAmongTheArticlesIsNamedAsOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("special-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: FixturePaths.valid, toPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(mkfifo(folder + "/articles/pipe.txt", 0o644) == 0)
        let problem = try #require(
            try DossierLoader.load(sourceFolder: folder).diagnostics.first {
                $0.location?.path.hasSuffix("articles/pipe.txt") == true
            })
        #expect(problem.code == .unreadableFile && problem.severity == .error)
        #expect(problem.message == "this is a named pipe (FIFO), not a file: dossier reads regular files only")
        #expect(problem.fix == "Put the file itself in its place, or remove it.")
    }
}
