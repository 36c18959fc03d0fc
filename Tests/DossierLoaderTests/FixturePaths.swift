import Foundation

/// Paths of the loader's fixtures and of the repository's seeds, found from this file.
enum FixturePaths {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let loader = testsFolder.appendingPathComponent("Fixtures/loader").path
    static let valid = loader + "/valid"
    static let invalidRoot = loader + "/invalid"
    static func invalid(_ name: String) -> String { invalidRoot + "/" + name }
    static let seeds = testsFolder.deletingLastPathComponent().appendingPathComponent("seeds").path

    /// A copy of the valid fixture at `<folder>/source`, in a new temporary folder named after
    /// `name`, for a test to edit; the caller removes `folder`.
    static func copyOfValid(_ name: String) throws -> (folder: URL, source: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dossier-\(name)-\(UUID().uuidString)")
        let source = folder.path + "/source"
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: valid, toPath: source)
        return (folder, source)
    }
}
