import DossierLoader
import DossierModel
import Foundation
import Testing

/// One folder per invalid input under `Fixtures/loader/invalid/`, each with an `expected.txt`
/// of the exact diagnostics (the folder path shown as `.`). Set `RECORD_EXPECTED=1` to rewrite.
/// The folders are found by listing that directory, so a new folder is a new case.
@Suite struct InvalidFixtureTests {
    /// Every sub-folder of `Fixtures/loader/invalid/`, sorted by name.
    static let folders: [String] = {
        let root = FixturePaths.invalidRoot
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.filter { name in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: root + "/" + name, isDirectory: &isFolder)
                && isFolder.boolValue
        }.sorted()
    }()

    @Test func fixtureFoldersAreFound() {
        #expect(!Self.folders.isEmpty, "no fixture folder under \(FixturePaths.invalidRoot)")
    }

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
        try #require(
            FileManager.default.fileExists(atPath: expectedPath),
            "\(name) has no expected.txt: write one, or record it with RECORD_EXPECTED=1 and review it")
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
