import DossierModel
import DossierRenderer
import Foundation
import Testing

@testable import DossierAnalysis
@testable import DossierSite

/// The search terms of every content page come from its sources and the analysis: an article
/// page gets the bare alias behind a proclitic and the canonical name of an actor it names only
/// by alias, its margin notes' terms too; commentary pages get those of their Markdown.
///
/// An invented story (the 2023 Derna flood in Libya), not the seeds.
struct PageSearchTermsTests {
    private static let here = SourceLocation(path: "derna/x.md")

    private static func markdown(_ text: String) -> MarkdownText { MarkdownText(text: text, location: here) }

    private static let actors = [
        Actor(
            id: "khalifa-haftar", name: "خليفة حفتر", kind: .person, aliases: ["حفتر", "المشير حفتر"],
            profile: markdown("قائد القوات في الشرق، ينافس ولحماد على السلطة."), source: here),
        Actor(
            id: "abdulhamid-dbeibah", name: "عبد الحميد الدبيبة", kind: .person, aliases: ["الدبيبة", "الدبيبه"],
            profile: markdown(""), source: here),
        Actor(
            id: "osama-hammad", name: "أسامة حماد", kind: .person, aliases: ["حماد"], profile: markdown(""),
            source: here),
    ]

    private static let topics = [
        Topic(id: "floods", title: "الفيضانات", terms: ["السيول", "الفيضانات"], essay: markdown(""), source: here)
    ]

    private static func dossier() -> Dossier {
        let source = SourceFile(relativePath: "articles/derna.txt", sha256: "", byteCount: 0, encoding: "utf-8")
        let article = Article(
            id: "derna-flood", source: source, title: "العاصفة دانيال تضرب الساحل", outlet: "libya-radio",
            paragraphs: [
                Paragraph(text: "وصل وحفتر إلى المدينة بعد انهيار السدين.", line: 3),
                Paragraph(text: "وأعلن الدبيبه الحداد ثلاثة أيام في البلاد.", line: 5),
                Paragraph(text: "وجرفت والسيول أحياء كاملة نحو البحر.", line: 7),
            ])
        let note = Note(
            id: "toll", article: "derna-flood", quote: "الحداد ثلاثة أيام",
            body: markdown("قال مكتب لحماد إن [الحصيلة](https://example.org/toll) أعلى."), source: here)
        return Dossier(
            config: DossierConfig(title: "ملف درنة"), articles: [article], actors: actors, topics: topics,
            outlets: [Outlet(id: "libya-radio", name: "راديو ليبيا", about: markdown("إذاعة تنقل بيانات ولحماد."))],
            notes: [note])
    }

    /// The terms of the rendered page `path` (what Pagefind reads), split into words.
    private func renderedTerms(_ path: String) async throws -> [String] {
        let templates = try await TemplateSet.load(directory: SiteTestPaths.templates)
        let site = try await SiteBuilder.render(dossier: Self.dossier(), sourceFolder: "/no/such", templates: templates)
        let html = try #require(site.files.first { $0.path == path }?.text, "\(path) was not rendered")
        let terms = try #require(html.components(separatedBy: "data-pagefind-meta=\"terms\">").dropFirst().first)
        return String(terms.prefix { $0 != "<" }).split(separator: " ").map(String.init)
    }

    @Test func anArticlePageGetsBareAliasesCanonicalNamesAndTopicTerms() async throws {
        let terms = try await renderedTerms("articles/derna-flood/index.html")
        #expect(terms.contains("حفتر"), "«وحفتر» gives the bare alias: \(terms)")
        #expect(terms.contains("خليفة"), "the canonical name of an actor named by alias: \(terms)")
        #expect(terms.contains("عبد") && terms.contains("الحميد"), "named only as «الدبيبه»: \(terms)")
        #expect(terms.contains("الدبيبة"))
        #expect(terms.contains("السيول"), "«والسيول» gives the topic term: \(terms)")
        #expect(terms.contains("وصل") == false, "a word of the page is not repeated")
        // The margin note is on the page: «لحماد» in it gives the bare alias and the name.
        #expect(terms.contains("حماد") && terms.contains("أسامة"), "\(terms)")
    }

    @Test func theTermsComeWithTheArticlesAnalysis() throws {
        let analysis = DossierAnalyzer.analyze(Self.dossier()).0
        let terms = try #require(analysis.article("derna-flood")?.searchTerms)
        #expect(terms.contains("حفتر") && terms.contains("خليفة") && terms.contains("الحميد"))
        // Without its note, the same article has no term of the note.
        var dossier = Self.dossier()
        dossier.notes = []
        let alone = try #require(DossierAnalyzer.analyze(dossier).0.article("derna-flood")?.searchTerms)
        #expect(alone.contains("حفتر") && !alone.contains("حماد"))
        #expect(alone.allSatisfy(terms.contains))
    }

    @Test func commentaryPagesGetTheTermsOfTheirMarkdown() async throws {
        let haftar = try await renderedTerms("actors/khalifa-haftar/index.html")
        #expect(haftar.contains("حماد") && haftar.contains("أسامة"), "profile «ولحماد»: \(haftar)")
        let outlet = try await renderedTerms("outlets/libya-radio/index.html")
        #expect(outlet.contains("حماد") && outlet.contains("أسامة"), "about text «ولحماد»: \(outlet)")
        let notes = try await renderedTerms("notes/index.html")
        #expect(notes.contains("حماد") && notes.contains("أسامة"), "\(notes)")
    }
}
