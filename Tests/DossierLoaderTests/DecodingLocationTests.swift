import DossierLoader
import DossierModel
import Foundation
import Testing

/// A byte that cannot be decoded is reported at its true line and column, in characters.
struct DecodingLocationTests {
    @Test(arguments: [
        (Array("عنوان\n\nنص عربي".utf8) + [0] + Array("بعده\n".utf8), 3, 8),
        (Array("title\r\nabc".utf8) + [0] + Array("def\n".utf8), 2, 4),
        ([0] + Array("x\n".utf8), 1, 1),
    ])
    func nulByteIsPlacedAtItsColumn(bytes: [UInt8], line: Int, column: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-nul-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: FixturePaths.valid, toPath: folder.path)
        try Data(bytes).write(to: folder.appendingPathComponent("articles/damaged.txt"))
        let result = try DossierLoader.load(sourceFolder: folder.path)
        let error = try #require(result.diagnostics.first { $0.code == .undecodableFile })
        #expect(error.location?.line == line)
        #expect(error.location?.column == column)
        #expect(error.message.contains("NUL"))
    }
}
