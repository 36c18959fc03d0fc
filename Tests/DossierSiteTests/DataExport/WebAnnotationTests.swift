import DossierModel
import DossierTestFixtures
import Foundation
import Testing

@testable import DossierAnalysis
@testable import DossierSite

/// Checks `data/annotations.jsonld` against the Web Annotation Data Model's requirements
/// (https://www.w3.org/TR/annotation-model/), written from the specification.
@Suite struct WebAnnotationTests {
    let analyzed = DossierAnalyzer.analyze(AnalysisFixture.dossier()).0

    private func export(articleURL: (String) -> String = { "articles/\($0)/" }) -> Data {
        Data(WebAnnotationExport.encode(analyzed, articleURL: articleURL))
    }

    private func collection() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: export()) as? [String: Any])
    }

    private func items(_ collection: [String: Any]) throws -> [[String: Any]] {
        let page = try #require(collection["first"] as? [String: Any])
        return try #require(page["items"] as? [[String: Any]])
    }

    @Test func contextIsPresentAndFirst() throws {
        let text = try #require(String(data: export(), encoding: .utf8))
        let firstKey = text.drop { $0 != "\"" }.dropFirst().prefix { $0 != "\"" }
        #expect(firstKey == "@context")
        #expect(try collection()["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
    }

    @Test func collectionHasTypeTotalAndAnEmbeddedFirstPage() throws {
        let collection = try collection()
        #expect(collection["type"] as? String == "AnnotationCollection")
        #expect(collection["id"] as? String == "urn:dossier:annotations")
        #expect(collection["label"] as? String == "محادثات جدة")
        let page = try #require(collection["first"] as? [String: Any])
        #expect(page["type"] as? String == "AnnotationPage")
        let total = try #require(collection["total"] as? Int)
        #expect(total >= 0)
        #expect(try items(collection).count == total)
        #expect(total == analyzed.notes.filter { $0.anchor != nil }.count)
        if let start = page["startIndex"] { #expect((start as? Int).map { $0 >= 0 } == true) }
    }

    @Test func everyAnnotationHasIdTypeBodyAndTarget() throws {
        let motivations: Set<String> = [
            "assessing", "bookmarking", "classifying", "commenting", "describing", "editing", "highlighting",
            "identifying", "linking", "moderating", "questioning", "replying", "tagging",
        ]
        for item in try items(collection()) {
            let id = try #require(item["id"] as? String)
            #expect(id.hasPrefix("urn:dossier:note:"))
            #expect(item["type"] as? String == "Annotation")
            #expect(motivations.contains(item["motivation"] as? String ?? ""))
            let body = try #require(item["body"] as? [String: Any])
            #expect(body["type"] as? String == "TextualBody")
            #expect(body["value"] is String)
            #expect(body["format"] as? String == "text/markdown")
            #expect(body["language"] as? String == "ar")
            #expect(body["textDirection"] as? String == "rtl")
            let target = try #require(item["target"] as? [String: Any])
            #expect((target["source"] as? String)?.hasPrefix("articles/") == true)
        }
        let motivationsByID = Dictionary(
            uniqueKeysWithValues: try items(collection()).map {
                ($0["id"] as? String ?? "", $0["motivation"] as? String ?? "")
            })
        #expect(motivationsByID["urn:dossier:note:army-truce"] == "assessing")
        #expect(motivationsByID["urn:dossier:note:digair-second"] == "editing")
    }

    /// The page's text is more than the article's, so a selector counts inside a paragraph
    /// (its element id refined by positions) and a quote's context stays in its paragraph:
    /// prefix, exact and suffix read on as the paragraph does.
    @Test func selectorsAgreeWithTheParagraphOnThePage() throws {
        for item in try items(collection()) {
            let target = try #require(item["target"] as? [String: Any])
            let source = try #require(target["source"] as? String)
            let article = try #require(analyzed.article(String(source.dropFirst("articles/".count).dropLast())))
            let selectors = try #require(target["selector"] as? [[String: Any]])
            let quote = try #require(selectors.first { $0["type"] as? String == "TextQuoteSelector" })
            let fragment = try #require(selectors.first { $0["type"] as? String == "FragmentSelector" })
            #expect(fragment["conformsTo"] as? String == "http://tools.ietf.org/rfc/rfc3236")
            let id = try #require(fragment["value"] as? String)
            let number = try #require(Int(id.dropFirst("p-".count)))
            let paragraph = article.article.paragraphs[number - 1].text
            let position = try #require(fragment["refinedBy"] as? [String: Any])
            #expect(position["type"] as? String == "TextPositionSelector")
            let start = try #require(position["start"] as? Int)
            let end = try #require(position["end"] as? Int)
            let exact = try #require(quote["exact"] as? String)
            #expect(!exact.isEmpty && AnalysisFixture.slice(paragraph, start..<end) == exact)
            let prefix = try #require(quote["prefix"] as? String)
            let suffix = try #require(quote["suffix"] as? String)
            #expect(prefix.unicodeScalars.count <= 32 && suffix.unicodeScalars.count <= 32)
            #expect(paragraph.contains(prefix + exact + suffix), "«\(prefix)|\(exact)|\(suffix)»")
        }
    }

    /// A passage over two paragraphs runs from its start in the first to its end in the last.
    @Test func aPassageOverTwoParagraphsIsARangeOfTheirPlaces() throws {
        let quote = "بخرق وقف إطلاق النار.\n\nودعا وزير الخارجية"
        let notes =
            AnalysisFixture.dossier().notes + [AnalysisFixture.note("across", article: "a1-burhan", quote: quote)]
        let analyzed = DossierAnalyzer.analyze(AnalysisFixture.dossier(notes: notes)).0
        let anchor = try #require(analyzed.note("across")?.anchor)
        let encoded = Data(JSONValue.array(WebAnnotationExport.selectors(of: anchor)).encoded())
        let selectors = try #require(try JSONSerialization.jsonObject(with: encoded) as? [[String: Any]])
        #expect(selectors.count == 1)
        let range = try #require(selectors.first)
        #expect(range["type"] as? String == "RangeSelector")
        let paragraphs = try #require(analyzed.article("a1-burhan")).article.paragraphs.map(\.text)
        func place(_ key: String) throws -> (paragraph: String, start: Int, end: Int) {
            let fragment = try #require(range[key] as? [String: Any])
            let number = try #require(Int((fragment["value"] as? String ?? "").dropFirst(2)))
            let position = try #require(fragment["refinedBy"] as? [String: Any])
            return (paragraphs[number - 1], position["start"] as? Int ?? -1, position["end"] as? Int ?? -1)
        }
        let start = try place("startSelector")
        let end = try place("endSelector")
        #expect(AnalysisFixture.slice(start.paragraph, start.start..<start.end) == "بخرق وقف إطلاق النار.")
        #expect(end.start == end.end)
        #expect(AnalysisFixture.slice(end.paragraph, 0..<end.start) == "ودعا وزير الخارجية")
    }

    @Test func absoluteIdsUnderBaseURL() throws {
        var dossier = AnalysisFixture.dossier()
        dossier.config.baseURL = "https://example.org/sudan/"
        let analyzed = DossierAnalyzer.analyze(dossier).0
        let data = Data(WebAnnotationExport.encode(analyzed) { "https://example.org/sudan/articles/\($0)/" })
        let collection = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(collection["id"] as? String == "https://example.org/sudan/data/annotations.jsonld")
        let ids = try items(collection).compactMap { $0["id"] as? String }
        #expect(ids.contains("https://example.org/sudan/data/annotations.jsonld#note-army-truce"))
        #expect(!String(decoding: data, as: UTF8.self).contains("\\/"))
    }

    /// Without `base_url`, a target's source is relative to `data/annotations.jsonld`, which
    /// a reader resolves it against: it must lead to the article page, not under `data/`.
    @Test func aRelativeSourceResolvesFromTheCollectionsFile() throws {
        let relative = DataFiles.articleURL("a1-burhan", base: nil)
        let collection = try #require(URL(string: "https://host.example/site/data/annotations.jsonld"))
        #expect(
            URL(string: relative, relativeTo: collection)?.absoluteString
                == "https://host.example/site/articles/a1-burhan/")
        #expect(
            DataFiles.articleURL("a1-burhan", base: "https://host.example/site/")
                == "https://host.example/site/articles/a1-burhan/")
    }
}
