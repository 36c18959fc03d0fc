import Foundation
import Testing

/// Every build swaps a new folder in for the output: it takes the output folder's permissions
/// and group, so a web root the server reads through its group, or a folder closed to others,
/// stays so from build to build.
struct OutputFolderAttributesTests {
    private static func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    @Test func theOutputKeepsItsPermissionsThroughRebuilds() async throws {
        let workspace = try IncrementalWorkspace.seeds("output-attributes")
        defer { try? FileManager.default.removeItem(at: workspace.folder) }
        try FileManager.default.createDirectory(atPath: workspace.incremental, withIntermediateDirectories: false)
        #expect(chmod(workspace.incremental, 0o2750) == 0)
        _ = try await workspace.builder().build(outputFolder: workspace.incremental)
        #expect(Self.mode(workspace.incremental) == 0o2750)

        // Closed to others after the first build, and rebuilt with a change: still closed.
        #expect(chmod(workspace.incremental, 0o700) == 0)
        try workspace.write("---\ntitle: ملف معدل\n---\nنص معدل.\n", to: "index.md")
        _ = try await workspace.builder().build(outputFolder: workspace.incremental)
        #expect(Self.mode(workspace.incremental) == 0o700)
        #expect(FileManager.default.fileExists(atPath: workspace.incremental + "/index.html"))
    }
}
