import DossierModel
import Foundation
import Testing

@testable import DossierRenderer

/// A page's long fragments (an article's paragraphs) are copied straight into its bytes, not
/// through the template's output: the bytes are those of the page rendered whole, and the
/// template's own output no longer grows with the article.
struct PageRendererTests {
    private static let templates = RendererTestPaths.templates

    private static let layout = PageLayout(
        language: "ar", pageTitle: "مقال", description: nil, stylesheetHref: "assets/style.css",
        homeHref: "../../index.html", siteTitle: "موقع", navigation: [])

    /// An article of `count` paragraphs of news length (about 800 bytes), each with markup,
    /// Latin text and an escaped `&`.
    private func article(paragraphs count: Int) -> ArticlePage {
        let note = NoteView(
            id: "n-1", number: 1, kind: "context", kindLabel: "سياق", quote: "مقطع", bodyHTML: "<p>ملاحظة</p>",
            passageHref: "#n-1", articleTitle: "عنوان", elementID: "note-n-1")
        let paragraphs = (1...count).map { number in
            ParagraphView(
                id: "p-\(number)",
                html: String(
                    repeating: "قال <a href=\"../../actors/x/\">الوزير</a> &amp; Reuters إن الفقرة \(number) طويلة. ",
                    count: 8),
                notes: number == 2 ? [note] : [])
        }
        return ArticlePage(
            title: "عنوان", language: nil, outletName: "منفذ", outletHref: nil, date: nil, sourceURL: nil,
            paragraphs: paragraphs, furniture: [],
            original: OriginalFileView(
                href: "original.txt",
                source: SourceFile(relativePath: "articles/a.txt", sha256: "00", byteCount: 10, encoding: "UTF-8")),
            provenance: [])
    }

    /// The bytes of `page` rendered whole: its content through the template, inside the layout.
    private func whole(_ page: ArticlePage, set: TemplateSet) throws -> [UInt8] {
        var layout = Self.layout
        layout.contentHTML = try #require(set.renderAsWritten(page, template: "article"))
        return Array(try #require(set.renderAsWritten(layout, template: "base")).utf8)
    }

    @Test func anArticleIsTheBytesOfThePageRenderedWhole() async throws {
        let set = try await TemplateSet.load(directory: Self.templates)
        let page = article(paragraphs: 40)
        #expect(try PageRenderer(templates: set).renderBytes(page, layout: Self.layout) == (try whole(page, set: set)))
    }

    /// The template's output holds a short marker per paragraph, not the paragraphs: for a
    /// long article it stays a small part of the page.
    @Test func theTemplateOutputDoesNotGrowWithTheParagraphs() async throws {
        let set = try await TemplateSet.load(directory: Self.templates)
        let page = article(paragraphs: 2_000)
        let (marked, fragments) = page.separatingFragments { "<\($0)>" }
        #expect(fragments == page.paragraphs.map(\.html))
        let content = try #require(set.renderAsWritten(marked, template: "article"))
        let fragmentBytes = fragments.reduce(0) { $0 + $1.utf8.count }
        #expect(fragmentBytes > 1_500_000)
        #expect(content.utf8.count < fragmentBytes / 8)
        #expect(!content.contains("Reuters"))
    }

    /// A template that writes the paragraphs escaped (or drops or repeats them) gets the page
    /// rendered whole, as before.
    @Test func aTemplateThatEscapesTheParagraphsGetsThePageRenderedWhole() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-fragments-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: Self.templates, toPath: folder.path)
        let path = folder.appendingPathComponent("article.mustache").path
        for (from, to) in [("{{{html}}}", "{{html}}"), ("{{{html}}}", "{{{html}}}{{{html}}}"), ("{{{html}}}", "")] {
            let original = try String(contentsOfFile: Self.templates + "/article.mustache", encoding: .utf8)
            #expect(original.contains(from))
            try original.replacingOccurrences(of: from, with: to).write(toFile: path, atomically: true, encoding: .utf8)
            let set = try await TemplateSet.load(directory: folder.path)
            let page = article(paragraphs: 5)
            let bytes = try PageRenderer(templates: set).renderBytes(page, layout: Self.layout)
            #expect(bytes == (try whole(page, set: set)), "article.mustache with \(to)")
        }
    }

    /// Text that looks like a marker but is not one is copied as it is.
    @Test func markerLikeTextIsLeftAlone() {
        let text = Array("a \u{E000}x\u{E001} b \u{E000}".utf8)
        #expect(PageRenderer.markers(in: text).isEmpty)
        #expect(PageRenderer.splice(text, holes: [], fragments: [], into: text) == text)
    }
}
