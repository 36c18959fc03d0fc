import DossierLoader
import DossierModel
import Foundation
import Testing

/// A note too long for the pages that show its card is loaded, with a warning at its text.
@Suite struct NoteLengthTests {
    /// A dossier of one article and a note whose body is `length` characters.
    private func load(noteOf length: Int) throws -> [Diagnostic] {
        let body = String(repeating: "ملاحظة ", count: length / 7 + 1).prefix(length)
        let folder = try FixturePaths.folder(
            "note-length",
            holding: [
                "dossier.yml": "title: ملف\n",
                "articles/market.txt":
                    "عنوان الخبر عن السوق\n\nافتتحت البلدية سوقاً جديدة للخضار في وسط المدينة صباح اليوم.\n",
                "notes/long.md": "---\narticle: market\nquote: سوقاً جديدة\n---\n\(body)\n",
            ])
        defer { try? FileManager.default.removeItem(at: folder) }
        return try DossierLoader.load(sourceFolder: folder.path).diagnostics.filter { $0.code == .noteTooLong }
    }

    @Test func aNoteOverTheLimitIsWarnedOfAtItsFirstLine() throws {
        // 1.9 MB: under the 2 MB a commentary file may have (`SourceFileLimit`; a 3.6 MB note is refused).
        let found = try load(noteOf: 1_000_000)
        let warning = try #require(found.first)
        #expect(found.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.location?.path.hasSuffix("notes/long.md") == true)
        #expect(warning.location?.line == 5)
        #expect(warning.message.contains("1000001 characters"), "\(warning.message)")  // and the line feed
        #expect(warning.fix?.contains("split") == true)
    }

    @Test func aNoteUnderTheLimitIsNot() throws {
        #expect(try load(noteOf: 9_990).isEmpty)
        #expect(try load(noteOf: 10_010).count == 1)
    }
}
