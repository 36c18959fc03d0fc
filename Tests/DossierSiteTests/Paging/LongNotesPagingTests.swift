import DossierModel
import Foundation
import Testing

@testable import DossierSite

/// The notes list is cut by its cards' weight as well as their number: 99 notes of just under
/// 10,000 characters (no `note-too-long` warning) made a notes page of 1.5 MB. An article
/// page's margin too: a hundred such notes on one article made its page 1 MB.
struct LongNotesPagingTests {
    /// Articles with long notes, besides the one with many short notes.
    private static let articleCount = 8
    /// Long notes on each article, and on the one with short notes.
    private static let longNotesPerArticle = 11
    /// Short notes on the first article: more than its page shows as cards, so the markers of
    /// its long notes link to their cards on the notes list.
    private static let shortNoteCount = 100

    /// The sentence numbered `number` of an article.
    private static func sentence(_ number: Int) -> String {
        "وذكر الشاهد أن الواقعة \(number) جرت في السوق القديم."
    }

    /// An article of 40 sentences, one a paragraph, published on `day` of October 2023.
    private static func article(_ id: String, day: Int) -> [String: String] {
        [
            "articles/\(id).txt": "خبر السوق القديم \(id)\n\n"
                + (0..<40).map(sentence).joined(separator: "\n\n") + "\n",
            "articles/\(id).yml": "title: خبر السوق القديم \(id)\npublished: 2023-10-\(10 + day)\n",
        ]
    }

    /// A note on `article` quoting sentence `sentence`, its text `characters` long.
    private static func note(article: String, sentence number: Int, number label: Int, characters: Int) -> String {
        let words = "يشرح هذا التعليق خلفية الواقعة ومصادرها المختلفة بالتفصيل. "
        let text = String(repeating: words, count: characters / words.count + 1).prefix(characters - 20)
        return "---\narticle: \(article)\nquote: \"\(sentence(number))\"\n---\nتعليق \(label): \(text)\n"
    }

    /// The source folder: the first article with `shortNoteCount` short notes on its first
    /// twenty sentences and long ones on the next; each other article with long notes.
    private static func source(in folder: URL) throws -> (path: String, notes: [String]) {
        var files = ["dossier.yml": "title: ملف السوق\n"]
        var ids: [String] = []
        for (day, id) in (["many"] + (1...articleCount).map { "a\($0)" }).enumerated() {
            files.merge(article(id, day: day)) { $1 }
            for number in 0..<longNotesPerArticle {
                ids.append("\(id)-long\(number)")
                files["notes/\(ids.last ?? "").md"] = note(
                    article: id, sentence: 20 + number, number: number, characters: 9_900)
            }
        }
        for number in 0..<shortNoteCount {
            ids.append("many-short\(number)")
            files["notes/\(ids.last ?? "").md"] = note(
                article: "many", sentence: number % 20, number: number, characters: 300)
        }
        return (try write(files, in: folder).path, ids)
    }

    /// Writes `files` (text by path) into the folder `source` of `folder`, and returns it.
    private static func write(_ files: [String: String], in folder: URL) throws -> URL {
        let source = folder.appendingPathComponent("source")
        for (path, text) in files {
            let url = source.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return source
    }

    @Test func noNotesPageIsOverAMegabyteAndEveryNoteIsListedOnce() async throws {
        let folder = try SiteTestPaths.temporaryFolder("long-notes")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let (source, ids) = try Self.source(in: folder)
        let report = try await SiteBuilder(sourceFolder: source, templatesFolder: SiteTestPaths.templates)
            .build(outputFolder: output.path)
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(!report.diagnostics.contains { $0.code == .noteTooLong })
        try #require(report.wroteOutput)
        let written = try SiteTestPaths.snapshot(of: output)
        let notesPages = written.filter { $0.key == "notes/index.html" || $0.key.hasPrefix("notes/page/") }
        for (path, data) in notesPages { #expect(data.count < 1_000_000, "\(path): \(data.count) bytes") }
        var cards: [String: Int] = [:]
        for page in notesPages.values {
            for piece in String(decoding: page, as: UTF8.self).components(separatedBy: "id=\"note-").dropFirst() {
                cards[String(piece.prefix { $0 != "\"" }), default: 0] += 1
            }
        }
        #expect(cards == Dictionary(uniqueKeysWithValues: ids.map { ($0, 1) }))
        // The markers of the first article's long notes link to their cards' pages.
        let many = String(decoding: written["articles/many/index.html"] ?? Data(), as: UTF8.self)
        #expect(many.contains("#note-many-long0\""))
        let problems = SiteTestPaths.linkProblems(written, output: output)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func anArticlePageShowsNoMoreLongCardsThanFitUnderAMegabyte() async throws {
        let folder = try SiteTestPaths.temporaryFolder("long-notes-one-article")
        defer { try? FileManager.default.removeItem(at: folder) }
        var files = ["dossier.yml": "title: ملف السوق\n"].merging(Self.article("long", day: 1)) { $1 }
        let ids = (0..<100).map { "long-\($0)" }
        for (number, id) in ids.enumerated() {
            files["notes/\(id).md"] = Self.note(
                article: "long", sentence: number % 40, number: number, characters: 9_900)
        }
        let source = try Self.write(files, in: folder)
        let output = folder.appendingPathComponent("public")
        let report = try await SiteBuilder(sourceFolder: source.path, templatesFolder: SiteTestPaths.templates)
            .build(outputFolder: output.path)
        try #require(report.wroteOutput)
        let written = try SiteTestPaths.snapshot(of: output)
        let page = try #require(written["articles/long/index.html"])
        #expect(page.count < 1_000_000, "\(page.count) bytes")
        let html = String(decoding: page, as: UTF8.self)
        let cards = html.components(separatedBy: "id=\"margin-note-").count - 1
        #expect((20..<100).contains(cards), "\(cards) cards")
        // Every note is marked; those without a card link to theirs on the notes list, and the
        // page says how many it shows.
        #expect(html.contains("#note-long-99\""))
        #expect(html.contains("تُعرض هنا \(cards) ") && html.contains(" من 100؛"))
        let problems = SiteTestPaths.linkProblems(written, output: output)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}
