import DossierLoader
import DossierModel
import Foundation
import Testing

/// A sidecar's extension is read in any case, as an article's is (`x.YML` beside `x.txt`, as
/// `x.TXT` is an article): an editor's corrections are never dropped without a word. Two
/// sidecars of one article are an error, and a `.yaml` is told to be renamed.
struct SidecarExtensionTests {
    /// The valid fixture with `articles/book-fair.yml` renamed `renamed`.
    private func load(renamingSidecarTo renamed: String, adding extra: [String: String] = [:]) throws -> LoadResult {
        let (folder, source) = try FixturePaths.copyOfValid("sidecar-extension")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.moveItem(
            atPath: source + "/articles/book-fair.yml", toPath: source + "/articles/" + renamed)
        for (name, text) in extra { try Data(text.utf8).write(to: URL(fileURLWithPath: source + "/articles/" + name)) }
        return try DossierLoader.load(sourceFolder: source)
    }

    @Test func aSidecarInCapitalsIsRead() throws {
        let result = try load(renamingSidecarTo: "book-fair.YML")
        let article = try #require(result.dossier.articles.first { $0.id == "book-fair" })
        #expect(article.title == "معرض الرياض الدولي للكتاب يفتح أبوابه")
        #expect(article.sidecar?.path.hasSuffix("articles/book-fair.YML") == true)
        #expect(!result.diagnostics.contains { $0.code == .unexpectedFile || $0.code == .orphanSidecar })
    }

    @Test func twoSidecarsOfOneArticleAreAnError() throws {
        let result = try load(renamingSidecarTo: "book-fair.YML", adding: ["book-fair.yml": "title: عنوان آخر\n"])
        let duplicates = result.diagnostics.filter { $0.code == .duplicateID }
        #expect(duplicates.map(\.severity) == [.error])
        #expect(duplicates.first?.location?.path.hasSuffix("articles/book-fair.yml") == true)
        #expect(duplicates.first?.message.contains("articles/book-fair.YML") == true)
    }

    @Test func aYAMLSidecarIsToldItsName() throws {
        let result = try load(renamingSidecarTo: "book-fair.yaml")
        let warning = try #require(result.diagnostics.first { $0.code == .unexpectedFile })
        #expect(warning.message.contains(".yml sidecars"))
        #expect(warning.fix == "Rename it book-fair.yml to make it its article's sidecar.")
    }
}
