import Foundation
import Testing

/// A new site honours the user's file-creation mask, its own folder included: with `umask 077`
/// the site is the user's alone.
struct OutputModeTests {
    private static let good = DossierBinary.root.appendingPathComponent("Tests/Fixtures/site/good").path
    private static let templates = DossierBinary.root.appendingPathComponent("Templates").path

    /// The permission bits of `url`.
    private func mode(_ url: URL) -> mode_t? {
        var info = stat()
        return stat(url.path, &info) == 0 ? info.st_mode & 0o7777 : nil
    }

    @Test(arguments: [("077", 0o700 as mode_t, 0o600 as mode_t), ("022", 0o755, 0o644)])
    func aFirstBuildMakesItsFoldersAsTheUmaskSays(umask: String, folderMode: mode_t, fileMode: mode_t) throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let result = try DossierBinary.run(
            [
                "-c", "umask \(umask) && exec \"$0\" \"$@\"", try DossierBinary.url().path, "build", "--source",
                Self.good, "--output", output.path, "--templates", Self.templates, "--no-search",
            ], executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(mode(output) == folderMode)
        #expect(mode(output.appendingPathComponent("articles")) == folderMode)
        #expect(mode(output.appendingPathComponent("index.html")) == fileMode)
    }
}
