import Foundation
import Testing

/// A build run from inside its output folder (`--output .`, a shell left in `public/`) is
/// refused: swapping the new site in would leave that shell in the previous site, which a
/// later build empties with whatever was saved there.
struct OutputHoldingTheWorkingFolderTests {
    private static let good = DossierBinary.root.appendingPathComponent("Tests/Fixtures/site/good").path
    private static let templates = DossierBinary.root.appendingPathComponent("Templates").path

    @Test func aBuildRunFromInsideItsOutputIsRefusedAndChangesNothing() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let first = try DossierBinary.run([
            "build", "--source", Self.good, "--output", output.path, "--templates", Self.templates,
        ])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try DossierBinary.files(in: output, excluding: "//")
        #expect(before["index.html"] != nil)
        for (directory, argument) in [(output, "."), (output.appendingPathComponent("articles"), "..")] {
            let result = try DossierBinary.run(
                ["build", "--source", Self.good, "--output", argument, "--templates", Self.templates, "--clean"],
                in: directory)
            #expect(result.status == 1)
            #expect(result.stderr.contains("holds the folder dossier is run from"), "\(result.stderr)")
            #expect(result.stderr.contains("fix: run dossier from outside the output"))
        }
        #expect(try DossierBinary.files(in: output, excluding: "//") == before)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!siblings.contains { $0.contains("dossier-previous") || $0.contains("dossier-staging") })
    }
}
