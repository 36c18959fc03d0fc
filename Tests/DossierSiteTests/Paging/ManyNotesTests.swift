import DossierModel
import Foundation
import Testing

@testable import DossierSite

/// No page grows with the notes: an article of 1,500 long notes, and another whose note links
/// to one of them, build to pages of under a megabyte each, with every note reachable.
struct ManyNotesTests {
    /// Notes on the first article, more than its page marks.
    private static let noteCount = 1_500

    /// The sentence numbered `number` of the first article.
    private static func sentence(_ number: Int) -> String {
        "وقال المصدر إن الجملة \(number) من التقرير صحيحة تماما."
    }

    /// The source folder: two articles, `noteCount` notes of some 1,500 characters on the first
    /// (several on each of its sentences) and one on the second linking to the last of them.
    private static func source(in folder: URL) throws -> String {
        let source = folder.appendingPathComponent("source")
        var files = [
            "dossier.yml": "title: ملف\n",
            "articles/first.txt": "عنوان المقال الأول عن التقرير\n\n"
                + (0..<20).map { line in (0..<3).map { sentence(line * 3 + $0) }.joined(separator: " ") }
                .joined(separator: "\n\n") + "\n",
            "articles/first.yml": "title: عنوان المقال الأول عن التقرير\npublished: 2024-10-01\n",
            "articles/second.txt": "عنوان المقال الثاني\n\nونفى المتحدث ما ورد في التقرير جملة وتفصيلا أمس.\n",
            "articles/second.yml": "title: عنوان المقال الثاني\npublished: 2024-10-02\n",
            "notes/reply.md": "---\narticle: second\nquote: ونفى المتحدث\n---\nانظر [الملاحظة الأخيرة](note:n1499).\n",
        ]
        let body = String(repeating: "هذه ملاحظة تشرح المقطع وتضع له سياقا من مصادر أخرى. ", count: 30)
        for number in 0..<noteCount {
            files[String(format: "notes/n%04d.md", number)] =
                "---\narticle: first\nquote: \"\(sentence(number % 60))\"\n---\nالملاحظة \(number): \(body)\n"
        }
        for (path, text) in files {
            let url = source.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return source.path
    }

    @Test func everyPageIsUnderAMegabyteAndEveryNoteIsListedOnce() async throws {
        let folder = try SiteTestPaths.temporaryFolder("many-notes")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let report = try await SiteBuilder(
            sourceFolder: Self.source(in: folder), templatesFolder: SiteTestPaths.templates
        )
        .build(outputFolder: output.path)
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.map(\.description).joined(separator: "\n"))")
        try #require(report.wroteOutput)
        let written = try SiteTestPaths.snapshot(of: output)
        let pages = written.filter { $0.key.hasSuffix(".html") }
        for (path, data) in pages { #expect(data.count < 1_000_000, "\(path): \(data.count) bytes") }
        let problems = SiteTestPaths.linkProblems(written, output: output)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")

        // Every note has one card on the notes list, on a page of its own size.
        let notesPages = pages.filter { $0.key == "notes/index.html" || $0.key.hasPrefix("notes/page/") }
        #expect(notesPages.count > Self.noteCount / (2 * SiteLists.notesPerPage))
        var cards: [String: Int] = [:]
        for page in notesPages.values {
            for piece in String(decoding: page, as: UTF8.self).components(separatedBy: "id=\"note-").dropFirst() {
                cards[String(piece.prefix { $0 != "\"" }), default: 0] += 1
            }
        }
        let ids = (0..<Self.noteCount).map { String(format: "n%04d", $0) } + ["reply"]
        #expect(cards == Dictionary(uniqueKeysWithValues: ids.map { ($0, 1) }))
        // The article page shows the first hundred cards, and says where the others are.
        let article = String(decoding: written["articles/first/index.html"] ?? Data(), as: UTF8.self)
        #expect(article.components(separatedBy: "class=\"note-card margin-note\"").count == 101)
        #expect(article.contains("تُعرض هنا 100 ملاحظة من \(Self.noteCount)؛ كلها في"))
        #expect(article.contains("href=\"../../notes/"))
        // The note linking to a note its article's page does not mark goes to the notes list.
        let second = String(decoding: written["articles/second/index.html"] ?? Data(), as: UTF8.self)
        #expect(second.contains("notes/page/") && second.contains("#note-n1499\""), "\(second)")
    }
}
