import DossierTestFixtures
import Foundation
import Testing

@testable import DossierAnalysis
@testable import DossierSite

@Suite struct DossierJSONTests {
    let analyzed = DossierAnalyzer.analyze(AnalysisFixture.dossier()).0

    private func document() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(DossierJSON.encode(analyzed)))
        return try #require(object as? [String: Any])
    }

    /// Every article's file, in article order.
    private func articleFiles() throws -> [[String: Any]] {
        try analyzed.articles.map { article in
            let bytes = DossierJSON.encode(article)
            // One line, then the newline.
            #expect(bytes.filter { $0 == 0x0A }.count == 1 && bytes.last == 0x0A)
            return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        }
    }

    private func list(_ document: [String: Any], _ key: String) throws -> [[String: Any]] {
        try #require(document[key] as? [[String: Any]])
    }

    /// The rows of an article file's table `key` as objects, with the article's id.
    private func rows(_ file: [String: Any], _ key: String) throws -> [[String: Any]] {
        try #require(tableRows(file[key], article: file["id"] as? String ?? ""), "\(key) is not a table")
    }

    @Test func hasTheDocumentedTopLevelShape() throws {
        let document = try document()
        #expect(document["schema_version"] as? Int == 3)
        #expect(document["title"] as? String == "محادثات جدة")
        for key in ["articles", "actors", "topics", "outlets", "notes"] {
            #expect(document[key] is [Any], "missing \(key)")
        }
        for key in ["mentions", "title_mentions", "ambiguous", "topic_hits"] {
            #expect(document[key] == nil, "\(key) belongs in the articles' files")
        }
        let article = try #require(try list(document, "articles").first)
        #expect(article["id"] as? String == "a1-burhan")
        #expect(article["date"] as? String == "2023-05-07")
        #expect(article["url"] is NSNull)
        #expect((article["source"] as? [String: Any])?["path"] as? String == "articles/a1-burhan.txt")
        #expect(article["file"] as? String == "articles/a1-burhan.json")
        #expect(article["paragraphs"] == nil)
        let file = try #require(try articleFiles().first)
        #expect(file["schema_version"] as? Int == 3 && file["id"] as? String == "a1-burhan")
        #expect((file["paragraphs"] as? [String])?.count == 3)
        for key in ["mentions", "title_mentions", "ambiguous", "topic_hits"] {
            let table = try #require(file[key] as? [String: Any], "missing \(key)")
            #expect(table.keys.sorted() == ["columns", "data"])
            #expect((table["columns"] as? [String])?.contains("article") == false, "the file's id says it")
        }
        let columns = (file["mentions"] as? [String: Any])?["columns"] as? [String]
        #expect(columns == ["id", "paragraph", "start", "end", "alias", "surface", "strength", "actor"])
        let actor = try #require(try list(document, "actors").first { $0["id"] as? String == "omar-digair" })
        #expect(actor["weak_aliases"] as? [String] == ["الدقير"])
    }

    @Test func mentionOffsetsSliceTheBodyTextToTheSurface() throws {
        let files = try articleFiles()
        let bodies = Dictionary(
            uniqueKeysWithValues: files.map { file in
                (file["id"] as? String ?? "", (file["paragraphs"] as? [String] ?? []).joined(separator: "\n\n"))
            })
        let mentions = try files.flatMap { try rows($0, "mentions") }
        #expect(mentions.count == analyzed.allMentions.count)
        for (json, mention) in zip(mentions, analyzed.allMentions) {
            let body = try #require(bodies[json["article"] as? String ?? ""])
            let start = try #require(json["start"] as? Int)
            let end = try #require(json["end"] as? Int)
            #expect(AnalysisFixture.slice(body, start..<end) == json["surface"] as? String)
            #expect(json["actor"] as? String == mention.actor)
            #expect(json["id"] as? String == mention.id)
            #expect(json["paragraph"] as? Int == mention.part.paragraphNumber)
            #expect(start..<end == mention.bodyRange)
        }
        let ambiguous = try files.flatMap { try rows($0, "ambiguous") }
        #expect(ambiguous.map { $0["article"] as? String } == ["a4-activists", "a5-report"])
        #expect(try list(try document(), "notes").map { $0["id"] as? String } == ["army-truce", "digair-second"])
    }

    @Test func outputIsByteIdenticalAndUnescaped() throws {
        let first = DossierJSON.encode(analyzed)
        let second = DossierJSON.encode(DossierAnalyzer.analyze(AnalysisFixture.dossier()).0)
        #expect(first == second)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains("articles/a1-burhan.txt"))
        #expect(!text.contains("\\/"))
        #expect(text.contains("عبد الفتاح البرهان"))
        #expect(text.hasSuffix("}\n"))
    }
}
