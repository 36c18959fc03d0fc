import Foundation
import Testing

/// A template asset at a path the site writes itself (a page, the feed, robots.txt) is an
/// error naming the asset, and the output is left as it was.
struct TemplateAssetCollisionTests {
    private static let good = DossierBinary.root.appendingPathComponent("Tests/Fixtures/site/good").path
    private static let templates = DossierBinary.root.appendingPathComponent("Templates")

    @Test func anAssetWhereTheSiteWritesIsNamed() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Self.templates, to: templates)
        for name in ["index.html", "robots.txt"] {
            try Data("mine".utf8).write(to: templates.appendingPathComponent(name))
        }
        let output = folder.appendingPathComponent("public")
        let result = try DossierBinary.run([
            "build", "--source", Self.good, "--output", output.path, "--templates", templates.path,
        ])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "[output-collision] a page of the site and the template asset `index.html` would both be written to index.html"
            ), "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "[output-collision] the template asset `robots.txt` would be written to robots.txt, where the site writes its own"
            ))
        #expect(result.stderr.contains("fix: rename or remove `robots.txt` in the templates folder"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
