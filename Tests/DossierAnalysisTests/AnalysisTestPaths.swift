import Foundation

/// Where the analysis tests find the shared site fixtures, and their scratch folders.
enum AnalysisTestPaths {
    /// The package root, two levels above this file.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// A small dossier that builds without errors.
    static let good = root.appendingPathComponent("Tests/Fixtures/site/good").path

    /// A new empty folder under the temporary directory; the caller removes it.
    static func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("dossier-analysis-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
