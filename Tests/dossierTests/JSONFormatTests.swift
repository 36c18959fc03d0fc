import Foundation
import Testing

/// `--format json`: one JSON object per diagnostic on stdout, with location and fix.
struct JSONFormatTests {
    private static let fixtures = DossierBinary.root.appendingPathComponent("Tests/Fixtures/site")
    private static let templates = DossierBinary.root.appendingPathComponent("Templates").path

    @Test func diagnosticsAreJSONLines() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DossierBinary.run([
            "build", "--source", Self.fixtures.appendingPathComponent("broken").path,
            "--output", folder.appendingPathComponent("public").path, "--templates", Self.templates,
            "--format", "json",
        ])
        #expect(result.status != 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(!lines.isEmpty)
        var severities = Set<String>()
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["severity", "code", "message", "file", "line", "column", "fix"])
            severities.insert(try #require(object["severity"] as? String))
            #expect(object["code"] is String)
            if let file = object["file"] as? String {
                #expect(file.contains("broken/"))
                #expect((object["line"] as? Int ?? 0) >= 1)
            }
        }
        #expect(severities.contains("error"))
        // Text diagnostics do not leak onto stdout or stderr in JSON mode.
        #expect(!result.stderr.contains(": error: ["))
    }

    @Test func quietShowsErrorsOnlyAndVerboseListsStagesAndFiles() throws {
        let folder = try DossierBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public").path
        let good = Self.fixtures.appendingPathComponent("good").path
        let quiet = try DossierBinary.run([
            "build", "--source", good, "--output", output, "--templates", Self.templates, "--quiet",
        ])
        #expect(quiet.status == 0)
        #expect(quiet.stdout.isEmpty)
        #expect(!quiet.stderr.contains("warning:"))
        let verbose = try DossierBinary.run([
            "build", "--source", good, "--output", output, "--templates", Self.templates, "--verbose",
        ])
        #expect(verbose.status == 0, "\(verbose.stderr)")
        #expect(verbose.stderr.contains("dossier: stages: load "))
        #expect(verbose.stderr.contains(" render "))
        // The second build finds nothing changed.
        #expect(verbose.stderr.contains("dossier: 0 written, 0 deleted"))
        let clean = try DossierBinary.run([
            "build", "--source", good, "--output", output, "--templates", Self.templates, "--verbose", "--clean",
        ])
        #expect(clean.stderr.contains("  wrote index.html"))
        #expect(clean.stderr.contains("clean build: "))
    }
}
