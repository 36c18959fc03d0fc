import DossierModel
import Foundation
import Testing

@testable import DossierRenderer

/// A template over `TemplateFile.largestSize` is refused by its size, unread, with an error at
/// its path: a 100 GB sparse `.mustache` was read whole.
struct TemplateSizeLimitTests {
    private func copyOfTemplates() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: RendererTestPaths.templates, toPath: folder.path)
        return folder
    }

    @Test(arguments: ["note-card.mustache", "extra/unused.mustache"])
    func aTemplateOverTheLimitIsAnErrorAtItsPath(template: String) async throws {
        let folder = try copyOfTemplates()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.path + "/" + template
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: path, contents: Data("{{title}}".utf8)))
        #expect(truncate(path, off_t(TemplateFile.largestSize + 1)) == 0)
        let error = try await #require(throws: TemplateError.self) {
            try await TemplateSet.load(directory: folder.path)
        }
        #expect(error.location?.path == path, "\(error)")
        #expect(error.message.contains("the template has 1000001 bytes, more than a template may have"), "\(error)")
        #expect(error.message.contains("it is not read"))
    }

    @Test func aTemplateAtTheLimitIsRead() async throws {
        let folder = try copyOfTemplates()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.path + "/actor.mustache"
        var text =
            try String(contentsOfFile: path, encoding: .utf8) + "{{! " + String(repeating: "ملاحظة ", count: 60_000)
        text += String(repeating: " ", count: TemplateFile.largestSize - text.utf8.count - 2) + "}}"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        #expect(text.utf8.count == TemplateFile.largestSize)
        _ = try await TemplateSet.load(directory: folder.path)
    }
}
