import DossierLoader
import DossierModel
import Foundation
import Testing

/// A key written twice is one error at the line of the copy, naming the first line, with no
/// dump of the YAML block; in dossier.yml, in front matter (lines counted in the file) and in
/// a mapping nested in a list.
struct YAMLDuplicateKeyTests {
    private func load(_ files: [String: String]) throws -> (LoadResult, String, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-dup-\(UUID().uuidString)")
        let source = folder.path + "/source"
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: FixturePaths.valid, toPath: source)
        for (path, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: source + "/" + path)) }
        return (try DossierLoader.load(sourceFolder: source), source, folder)
    }

    private func duplicates(_ result: LoadResult, source: String) -> [String] {
        result.diagnostics.filter { $0.code == .duplicateKey || $0.code == .yamlSyntax }.map {
            "\($0.location?.description.replacingOccurrences(of: source + "/", with: "") ?? "") \($0.message)"
        }
    }

    @Test func topLevelKeyIsReportedAtTheCopy() throws {
        let (result, source, folder) = try load(["dossier.yml": "title: أ\nsubtitle: ب\n\ntitle: ج\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            duplicates(result, source: source) == [
                "dossier.yml:4:1 key `title` is written twice (first on line 1); the file is not read"
            ])
        #expect(!result.diagnostics.contains { $0.message.contains("Context:") })
        #expect(
            result.diagnostics.first { $0.code == .duplicateKey }?.fix
                == "Keep one `title` line and delete the other.")
    }

    @Test func frontMatterLinesAreCountedInTheFile() throws {
        let actor = "---\nname: الأمم المتحدة\nkind: organisation\n# comment\nname: 'منظمة'\n---\nنص.\n"
        let (result, source, folder) = try load(["actors/united-nations.md": actor])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            duplicates(result, source: source) == [
                "actors/united-nations.md:5:1 key `name` is written twice (first on line 2); the file is not read"
            ])
    }

    @Test func aMappingInAListIsPlacedToo() throws {
        let timeline = """
            events:
              - date: 2023-09-14
                title: نداء
                article: flood-derna
                title: نداء ثان
                quote: أطلقت الأمم المتحدة نداءً عاجلاً
              - date: 2024-09
                title: افتتاح
            """
        let (result, source, folder) = try load(["timeline.yml": timeline + "\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            duplicates(result, source: source) == [
                "timeline.yml:5:5 key `title` is written twice (first on line 3); the file is not read"
            ])
    }

    @Test func aOneLineMappingFallsBackToItsStart() throws {
        let (result, source, folder) = try load(["dossier.yml": "title: أ\nlanguage: {a: 1, a: 2}\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let found = duplicates(result, source: source)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("dossier.yml:2:") == true)
        #expect(found.first?.contains("key `a` is written more than once") == true)
    }
}
