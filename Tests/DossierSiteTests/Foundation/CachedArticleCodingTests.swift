import DossierLoader
import DossierModel
import Testing

@testable import DossierAnalysis
@testable import DossierSite

/// The articles' part of the build cache: an article as read is written by hand exactly as its
/// `Codable` form would write it, every optional field present or not, and reads back; a
/// furniture kind this binary does not know is refused.
struct CachedArticleCodingTests {
    /// A value written through its own `encode(to:)`, never through a binary form of its type.
    private struct Synthesized<Value: Encodable>: Encodable {
        let value: Value

        func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
    }

    private let full = Article(
        id: "a-1", source: SourceFile(relativePath: "articles/a-1.txt", sha256: "ff", byteCount: 12, encoding: "utf-8"),
        title: "عنوان", outlet: "alhurra", url: "https://example.org/a", published: PartialDate(year: 2024, month: 9),
        language: "ar-EG", paragraphs: [Paragraph(text: "فقرة أولى.", line: 3), Paragraph(text: "ثانية", line: 5)],
        furniture: [
            Furniture(text: "اقرأ أيضا", line: 1, kind: .related), Furniture(text: "", line: -2, kind: .editorial),
        ],
        provenance: Provenance(title: .detected, published: .sidecar, outlet: .missing, outletEvidence: "footer"),
        sidecar: SourceLocation(path: "<source>/articles/a-1.yml", line: 2))

    private let bare = Article(
        id: "", source: SourceFile(relativePath: "", sha256: "", byteCount: 0, encoding: ""), title: "",
        paragraphs: [])

    @Test func anArticleIsWrittenAsItsCodableFormWouldWriteIt() throws {
        for article in [full, bare] {
            let bytes = try BinaryEncoder.encode(article)
            #expect(try bytes == BinaryEncoder.encode(Synthesized(value: article)))
            #expect(try BinaryDecoder.decode(Article.self, from: bytes[...]) == article)
        }
        for furniture in full.furniture {
            #expect(try BinaryEncoder.encode(furniture) == BinaryEncoder.encode(Synthesized(value: furniture)))
        }
    }

    @Test func aCachedArticleIsWrittenAsItsCodableFormWouldWriteIt() throws {
        let cached = [
            CachedArticle(
                key: "k", article: full,
                outletName: GivenOutletName(
                    name: "الحرة", location: SourceLocation(path: "<source>/articles/a.yml", line: 3)),
                outletLocation: SourceLocation(path: "<source>/articles/a.yml", line: 2),
                diagnostics: [
                    .warning(.outletUnnamed, "a warning", at: SourceLocation(path: "p", line: 2), fix: "fix it")
                ]),
            CachedArticle(key: "", article: bare, outletName: nil, diagnostics: []),
        ]
        for entry in cached {
            let bytes = try BinaryEncoder.encode(entry)
            #expect(try bytes == BinaryEncoder.encode(Synthesized(value: entry)))
            #expect(try BinaryDecoder.decode(CachedArticle.self, from: bytes[...]) == entry)
        }
    }

    @Test func anUnknownFurnitureKindIsRefused() throws {
        let caption = Furniture(text: "t", line: 1, kind: .caption)
        var written = try BinaryEncoder.encode(caption)
        #expect(try BinaryDecoder.decode(Furniture.self, from: written[...]) == caption)
        written.replaceSubrange((written.count - "caption".utf8.count)..., with: Array("captioX".utf8))
        #expect(throws: DecodingError.self) { try BinaryDecoder.decode(Furniture.self, from: written[...]) }
    }
}
