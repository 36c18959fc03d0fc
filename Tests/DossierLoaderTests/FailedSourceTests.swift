import DossierModel
import Foundation
import Testing

@testable import DossierLoader

/// The loader lists the files with a valid id that failed to load, so later stages can tell
/// an unknown id that only follows from them.
struct FailedSourceTests {
    @Test func filesThatFailToLoadAreListedByKindAndId() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-failed-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files: [String: [UInt8]] = [
            "dossier.yml": Array("title: ملف\n".utf8),
            "articles/good.txt": Array("عنوان\n\nقال الرئيس إن الحكومة ستعقد اجتماعا يوم الأحد المقبل.\n".utf8),
            "articles/broken.txt": Array("عنوان\n".utf8) + [0] + Array("نص\n".utf8),
            "actors/nameless.md": Array("---\nkind: person\n---\nنص\n".utf8),
            "actors/Bad Name.md": Array("---\nname: س\n---\n".utf8),
            "topics/fine.md": Array("---\ntitle: موضوع\n---\n".utf8),
        ]
        for (path, bytes) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        let result = try DossierLoader.load(sourceFolder: folder.path)
        let failed = result.dossier.failed.map { "\($0.kind.rawValue):\($0.id)" }
        #expect(failed.sorted() == ["actor:nameless", "article:broken"])
        #expect(result.dossier.failed.path(of: .article, id: "broken") == folder.path + "/articles/broken.txt")
        #expect(result.dossier.failed.path(of: .article, id: "good") == nil)
    }
}
