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

    /// A new temporary folder named after `name` holding `files` (text by relative path), for a
    /// dossier a test writes whole; the caller removes it.
    static func folder(_ name: String, holding files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try write(files, into: folder)
        return folder
    }

    /// Writes `files` (text by relative path) into `folder`, making their folders.
    static func write(_ files: [String: String], into folder: URL) throws {
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }
}
