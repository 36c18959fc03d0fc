import DossierLoader
import DossierModel
import Foundation
import Testing

/// One folder per invalid input under `Fixtures/loader/invalid/`, each with an `expected.txt`
/// of the exact diagnostics (the folder path shown as `.`). Set `RECORD_EXPECTED=1` to rewrite.
@Suite struct InvalidFixtureTests {
    static let folders = [
        "bad-id", "bad-language", "bad-yaml", "empty-article", "missing-key", "missing-title", "undecodable",
        "unknown-sidecar-key", "unmatched-correction",
    ]

    @Test(arguments: folders) func diagnosticsMatchExpected(_ name: String) throws {
        let folder = FixturePaths.invalid(name)
        let result = try DossierLoader.load(sourceFolder: folder)
        let actual =
            result.diagnostics.map(\.description).joined(separator: "\n")
            .replacingOccurrences(of: folder, with: ".") + "\n"
        let expectedPath = folder + "/expected.txt"
        if ProcessInfo.processInfo.environment["RECORD_EXPECTED"] == "1" {
            try actual.write(toFile: expectedPath, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
        #expect(actual == expected)
        #expect(result.diagnostics.hasErrors)
    }

    @Test func missingFolderThrows() {
        #expect(throws: (any Error).self) {
            try DossierLoader.load(sourceFolder: FixturePaths.loader + "/no-such-folder")
        }
    }
}
