import DossierSite
import Foundation

/// Folders the site tests read: the repository's templates, seeds and fixtures.
enum SiteTestPaths {
    /// The package root, three levels above this file.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("Templates").path
    static let seeds = root.appendingPathComponent("seeds").path
    static let fixtures = root.appendingPathComponent("Tests/Fixtures/site")
    static let good = fixtures.appendingPathComponent("good").path
    static let broken = fixtures.appendingPathComponent("broken").path
    static let golden = fixtures.appendingPathComponent("golden")

    /// A new empty folder under the temporary directory; the caller removes it.
    static func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("dossier-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every file under `folder` (relative path → bytes), to compare whole sites.
    static func snapshot(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return files }
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory)
            if !isDirectory.boolValue {
                files[path] = try Data(contentsOf: URL(fileURLWithPath: base + "/" + path))
            }
        }
        return files
    }

    /// The broken internal links and fragments of a site written to `output`, whose files are
    /// `written` (`snapshot(of:)`), one line each.
    static func linkProblems(_ written: [String: Data], output: URL) -> [String] {
        LinkChecker(displayRoot: output.path).check(
            written.map { path, data in
                LinkChecker.File(
                    path: path, html: path.hasSuffix(".html") ? String(decoding: data, as: UTF8.self) : nil)
            }
        ).map(\.description)
    }
}
