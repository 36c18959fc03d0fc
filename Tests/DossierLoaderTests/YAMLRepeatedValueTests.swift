import DossierModel
import Foundation
import Testing

@testable import DossierLoader

/// A list that repeats a value, as YAML's `*name` repeats an anchored one, keeps it once, and an
/// alias that is no name (a paragraph, 100,000 letters) is ignored with a warning: a 280 KB actor
/// file repeating one long anchored alias 20,000 times ran a build for minutes and gigabytes.
struct YAMLRepeatedValueTests {
    @Test func aRepeatedValueIsKeptOnceInItsPlace() throws {
        var diagnostics: [Diagnostic] = []
        let yaml = "aliases: [&n \"ناتو\", الحلف, *n, *n, الحلف, حلف الناتو]\n"
        let mapping = try #require(YAMLMapping.parse(yaml, path: "a.md", firstLine: 2, diagnostics: &diagnostics))
        let list = try #require(mapping.stringList("aliases", diagnostics: &diagnostics))
        #expect(list.map(\.text) == ["ناتو", "الحلف", "حلف الناتو"])
        #expect(diagnostics.isEmpty)
    }

    @Test func anAliasThatIsNoNameIsIgnoredOnceHoweverOftenRepeated() throws {
        let folder = try FixturePaths.folder(
            "repeated-alias",
            holding: [
                "dossier.yml": "title: ملف\n",
                "actors/nato.md": "---\nname: ناتو\naliases: [&s \"\(String(repeating: "ع", count: 100_000))\", "
                    + Array(repeating: "*s", count: 50).joined(separator: ", ") + ", الحلف]\n---\nنص\n",
            ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DossierLoader.load(sourceFolder: folder.path)
        #expect(result.dossier.actors.first?.aliases == ["الحلف"])
        // One warning: the repeats are the same alias, read once.
        let warnings = result.diagnostics.filter { $0.code == .badValue }
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.message.contains("an alias of 100000 characters"))
        #expect(warning.location?.line == 3)
    }
}
