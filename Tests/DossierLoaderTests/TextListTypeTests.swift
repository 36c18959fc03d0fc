import DossierLoader
import DossierModel
import Foundation
import Testing

/// Lists of text (aliases, terms…) take text: an unquoted number or yes/no, which YAML reads
/// as such, is an error at its line rather than the alias «42».
struct TextListTypeTests {
    private func loadActor(_ frontMatter: String) throws -> LoadResult {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-lists-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: FixturePaths.valid, toPath: folder.path + "/source")
        try Data("---\nname: الأمم المتحدة\nkind: organisation\n\(frontMatter)---\nنص.\n".utf8).write(
            to: folder.appendingPathComponent("source/actors/united-nations.md"))
        defer { try? FileManager.default.removeItem(at: folder) }
        return try DossierLoader.load(sourceFolder: folder.path + "/source")
    }

    private func actor(_ result: LoadResult) -> Actor? { result.dossier.actors.first { $0.id == "united-nations" } }

    @Test func aSingleNumberIsNotAnAlias() throws {
        let result = try loadActor("aliases: 42\n")
        let errors = result.diagnostics.filter { $0.code == .wrongType }
        #expect(errors.count == 1)
        #expect(errors.first?.location?.line == 4)
        #expect(errors.first?.message.contains("`42`") == true)
        #expect(errors.first?.fix?.contains("'42'") == true)
        #expect(actor(result)?.aliases.contains("42") == false)
    }

    @Test func numbersAndBooleansInAListAreErrorsAtTheirItem() throws {
        let result = try loadActor("aliases:\n  - الأمم المتحدة\n  - 3.5\n  - true\n  - '42'\nexclude: [7]\n")
        let errors = result.diagnostics.filter { $0.code == .wrongType }
        #expect(errors.map { $0.location?.line } == [6, 7, 9])
        #expect(actor(result)?.aliases == ["الأمم المتحدة", "42"])
        #expect(actor(result)?.exclude == [])
    }

    @Test func textThatLooksLikeOtherWordsIsText() throws {
        let result = try loadActor("aliases: [UN, G7, الأمم المتحدة, '2024']\n")
        #expect(!result.diagnostics.contains { $0.code == .wrongType })
        #expect(actor(result)?.aliases == ["UN", "G7", "الأمم المتحدة", "2024"])
    }
}
