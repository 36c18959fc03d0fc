import Foundation

/// Paths of the loader's fixtures and of the repository's seeds, found from this file.
enum FixturePaths {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let loader = testsFolder.appendingPathComponent("Fixtures/loader").path
    static let valid = loader + "/valid"
    static let invalidRoot = loader + "/invalid"
    static func invalid(_ name: String) -> String { invalidRoot + "/" + name }
    static let seeds = testsFolder.deletingLastPathComponent().appendingPathComponent("seeds").path
}
