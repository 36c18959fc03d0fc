import Foundation
import Testing

@testable import DossierSite

/// A source folder that a test writes and edits, built incrementally (over the previous build,
/// with its cache) into one output and cleanly into another: both builds must write the same
/// files.
struct IncrementalWorkspace {
    let folder: URL
    var source: URL { folder.appendingPathComponent("source") }
    var incremental: String { folder.appendingPathComponent("site").path }
    var clean: String { folder.appendingPathComponent("clean").path }
    /// The templates the builds use; nil: the project's.
    var templates: URL?
    /// Whether the builds check the pages they take by their sources, as debug builds do; false
    /// builds as release builds do.
    var checksPagesTakenBySources = true

    /// An empty workspace in a new temporary folder named after `name`.
    init(_ name: String) throws {
        folder = try SiteTestPaths.temporaryFolder(name)
    }

    /// A workspace whose source folder is a copy of the seeds. Other tests build the seeds in
    /// place, which leaves their cache there: the copy starts without one, so its first build
    /// is a first build.
    static func seeds(_ name: String) throws -> IncrementalWorkspace {
        let workspace = try IncrementalWorkspace(name)
        try FileManager.default.copyItem(atPath: SiteTestPaths.seeds, toPath: workspace.source.path)
        try? FileManager.default.removeItem(at: workspace.source.appendingPathComponent(".dossier"))
        return workspace
    }

    /// A copy of the seeds, as `seeds(_:)`, with a copy of the project's templates
    /// (`templates`) that a test may edit.
    static func seedsAndTemplates(_ name: String) throws -> IncrementalWorkspace {
        var workspace = try seeds(name)
        let templates = workspace.folder.appendingPathComponent("Templates")
        try FileManager.default.copyItem(atPath: SiteTestPaths.templates, toPath: templates.path)
        workspace.templates = templates
        return workspace
    }

    /// A builder of the source folder, which renders every page anew when `clean`.
    func builder(clean: Bool = false) -> SiteBuilder {
        var builder = SiteBuilder(sourceFolder: source.path, templatesFolder: templates?.path)
        builder.clean = clean
        builder.checksPagesTakenBySources = checksPagesTakenBySources
        return builder
    }

    /// Builds incrementally and cleanly, checks both builds wrote the same files, and returns
    /// the incremental build's report.
    @discardableResult
    func buildAndCompare(_ step: String) async throws -> BuildReport {
        let report = try await builder().build(outputFolder: incremental)
        #expect(!report.failed, "\(step): \(report.diagnostics)")
        let cleanReport = try await builder(clean: true).build(outputFolder: clean)
        #expect(cleanReport.writeSummary?.clean == true)
        let incrementalFiles = try SiteTestPaths.snapshot(of: URL(fileURLWithPath: incremental))
        let cleanFiles = try SiteTestPaths.snapshot(of: URL(fileURLWithPath: clean))
        #expect(incrementalFiles.keys.sorted() == cleanFiles.keys.sorted(), "\(step): different file lists")
        let differing = cleanFiles.keys.filter { incrementalFiles[$0] != cleanFiles[$0] }.sorted()
        #expect(differing.isEmpty, "\(step): files differ from a clean build: \(differing)")
        // Pages taken from the previous build report the warnings they gave when made.
        #expect(report.diagnostics == cleanReport.diagnostics, "\(step): diagnostics differ from a clean build's")
        return report
    }

    /// Writes `text` at `relativePath` of the source folder, making its folders.
    func write(_ text: String, to relativePath: String) throws {
        let url = source.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Replaces `old`, which the source file at `relativePath` must hold, with `new`.
    func edit(_ relativePath: String, _ old: String, _ new: String) throws {
        let text = try String(contentsOf: source.appendingPathComponent(relativePath), encoding: .utf8)
        #expect(text.contains(old), "\(relativePath) holds \(old)")
        try write(text.replacingOccurrences(of: old, with: new), to: relativePath)
    }
}
