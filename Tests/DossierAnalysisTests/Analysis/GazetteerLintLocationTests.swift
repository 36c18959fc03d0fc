import DossierLoader
import DossierModel
import Foundation
import Testing

@testable import DossierAnalysis

/// A gazetteer warning points at the line where the alias is written, not at the top of the
/// actor file, so an editor can jump to it.
struct GazetteerLintLocationTests {
    @Test func warningsPointAtTheAliasLine() throws {
        let folder = try AnalysisTestPaths.temporaryFolder("lint-lines")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: AnalysisTestPaths.good, toPath: folder.path + "/source")
        let actors = folder.appendingPathComponent("source/actors")
        try FileManager.default.createDirectory(at: actors, withIntermediateDirectories: true)
        let profile = """
            ---
            name: المملكة العربية السعودية
            kind: state
            aliases:
              - السعودية
              - ممل
            weak_aliases: [الرياض]
            ---

            دولة.

            """
        try Data(profile.utf8).write(to: actors.appendingPathComponent("kingdom.md"))

        let loaded = try DossierLoader.load(sourceFolder: folder.path + "/source")
        let actor = try #require(loaded.dossier.actors.first { $0.id == "kingdom" })
        #expect(actor.location(ofAlias: "ممل").line == 6)
        #expect(actor.location(ofAlias: "الرياض").line == 7)
        #expect(actor.location(ofAlias: "المملكة العربية السعودية").line == 2)

        let (_, diagnostics) = DossierAnalyzer.analyze(loaded.dossier)
        let short = try #require(diagnostics.first { $0.code == .aliasShort })
        #expect(short.location?.path.hasSuffix("actors/kingdom.md") == true)
        #expect(short.location?.line == 6)
    }

    /// A weak alias that is a word of another actor's name is reported at its line, with a fix
    /// naming both actors; listing it as the other's weak alias too silences it.
    @Test func weakAliasInAnotherNameIsReportedAtItsLine() throws {
        let folder = try AnalysisTestPaths.temporaryFolder("lint-namesake")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: AnalysisTestPaths.good, toPath: folder.path + "/source")
        let actors = folder.appendingPathComponent("source/actors")
        try FileManager.default.createDirectory(at: actors, withIntermediateDirectories: true)
        let joseph =
            "---\nname: جوزاف عون\nkind: person\naliases: [جوزيف عون]\n"
            + "weak_aliases: [قائد الجيش, عون]\n---\nرئيس.\n"
        try Data(joseph.utf8).write(to: actors.appendingPathComponent("joseph-aoun.md"))
        let michel = actors.appendingPathComponent("michel-aoun.md")
        try Data("---\nname: ميشال عون\nkind: person\n---\nرئيس سابق.\n".utf8).write(to: michel)

        let loaded = try DossierLoader.load(sourceFolder: folder.path + "/source")
        let warning = try #require(DossierAnalyzer.analyze(loaded.dossier).1.first { $0.code == .aliasInOtherName })
        #expect(warning.location?.path.hasSuffix("actors/joseph-aoun.md") == true)
        #expect(warning.location?.line == 5)
        #expect(warning.fix?.contains("`weak_aliases:` of michel-aoun") == true)

        try Data("---\nname: ميشال عون\nkind: person\nweak_aliases: [عون]\n---\nرئيس سابق.\n".utf8).write(to: michel)
        let listed = try DossierLoader.load(sourceFolder: folder.path + "/source")
        #expect(!DossierAnalyzer.analyze(listed.dossier).1.contains { $0.code == .aliasInOtherName })
    }
}
