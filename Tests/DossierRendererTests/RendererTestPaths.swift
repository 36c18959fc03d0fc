import Foundation

/// Folders the renderer tests read.
enum RendererTestPaths {
    /// The repository's `Templates/` folder, two levels above this file's folder.
    static let templates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates").path
}
