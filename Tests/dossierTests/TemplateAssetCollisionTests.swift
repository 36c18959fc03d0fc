import Foundation
import Testing

/// A template asset at a path the site writes itself (a page, the feed, robots.txt, the search
/// index's folder) is an error naming the asset, and the output is left as it was.
struct TemplateAssetCollisionTests {

    /// A build of the good fixture with a copy of the project's templates that also has the
    /// assets `files` (in the folder `folderName`, made first), where its output would be, and
    /// the temporary folder holding both, for the caller to remove.
    private func build(adding files: [String], inFolder folderName: String) throws -> (
        result: DossierBinary.Run, output: URL, folder: URL
    ) {
        let folder = try DossierBinary.temporaryFolder()
        let (templates, good) = try DossierBinary.templatesCopy(in: folder)
        try FileManager.default.createDirectory(
            at: templates.appendingPathComponent(folderName), withIntermediateDirectories: true)
        for name in files { try Data("mine".utf8).write(to: templates.appendingPathComponent(name)) }
        let output = folder.appendingPathComponent("public")
        let result = try DossierBinary.run([
            "build", "--source", good, "--output", output.path, "--templates", templates.path, "--no-search",
        ])
        return (result, output, folder)
    }

    @Test func anAssetWhereTheSiteWritesIsNamed() throws {
        let (result, output, folder) = try build(
            adding: ["index.html", "robots.txt", "pagefind/pagefind.js"], inFolder: "pagefind")
        defer { try? FileManager.default.removeItem(at: folder) }
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
        // The search index's folder, though this build makes no index.
        #expect(
            result.stderr.contains(
                "the template asset `pagefind/pagefind.js` would be written to pagefind/pagefind.js, in the search index's folder"
            ), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    /// An asset inside a path the site writes as a file, or at a path it writes as a folder
    /// (or at the search index's folder itself), is named before anything is written: the
    /// writer failed with the system's words, or a rebuild lost the asset without a word.
    @Test func anAssetNestedAgainstTheSitesFilesIsNamed() throws {
        let (result, output, folder) = try build(
            adding: ["feed.xml/a.css", "actors", "pagefind"], inFolder: "feed.xml")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.status == 1)
        for expected in [
            "the template asset `feed.xml/a.css` would be written inside feed.xml, which the site writes as a file",
            "the template asset `actors` would be written to actors, where the site has its folder actors/",
            "the template asset `pagefind` would be written to pagefind, in the search index's folder",
        ] {
            #expect(result.stderr.contains(expected), "\(expected)\n\(result.stderr)")
        }
        #expect(!result.stderr.contains("staging"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
