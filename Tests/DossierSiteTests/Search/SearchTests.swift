import DossierModel
import DossierOutput
import Foundation
import Testing

@testable import DossierAnalysis
@testable import DossierSite

private let here = SourceLocation(path: "actors/x.md")
private func actor(_ id: String, _ name: String, _ aliases: [String], weak: [String] = []) -> Actor {
    Actor(
        id: id, name: name, kind: .person, aliases: aliases, weakAliases: weak,
        profile: MarkdownText(text: "", location: here), source: here)
}
let searchActors = [
    actor("vladimir-putin", "فلاديمير بوتين", ["بوتين", "بوتن", "Putin"]),
    actor("elon-musk", "إيلون ماسك", ["إيلون ماسك", "Elon Musk"], weak: ["ماسك"]),
    actor("donald-trump", "دونالد ترامب", ["ترامب", "ترمب"]),
]
let searchTopics = [
    Topic(
        id: "sanctions", title: "العقوبات", terms: ["العقوبات"], essay: MarkdownText(text: "", location: here),
        source: here)
]

/// The search terms the analysis gives the page of an invented article with body `text`.
func articleSearchTerms(_ text: String, actors: [Actor] = searchActors, topics: [Topic] = searchTopics) -> [String] {
    let source = SourceFile(relativePath: "articles/x.txt", sha256: "", byteCount: 0, encoding: "utf-8")
    let article = Article(id: "x", source: source, title: "t", paragraphs: [Paragraph(text: text, line: 1)])
    let dossier = Dossier(config: DossierConfig(title: "d"), articles: [article], actors: actors, topics: topics)
    return DossierAnalyzer.analyze(dossier).0.article("x")?.searchTerms ?? []
}

@Suite("SearchIndexing")
struct SearchIndexingTests {
    let indexing = SearchIndexing(actors: searchActors, topics: searchTopics)

    @Test(
        "bare names behind proclitics and alias spellings are added",
        arguments: [
            ("وصل الوفد وبوتين إلى القاعة.", ["بوتين"]),
            ("قال المتحدث لبوتين إن الأمر انتهى.", ["بوتين", "فلاديمير"]),
            ("دعم وإيلون ماسك الحملة.", ["إيلون"]),
            ("قال ترامب إنه سيفوز.", ["ترمب", "دونالد"]),
            ("فرضت الدول والعقوبات مستمرة.", ["العقوبات"]),
        ])
    func bareForms(text: String, expected: [String]) {
        let terms = articleSearchTerms(text)
        for word in expected { #expect(terms.contains(word), "\(terms)") }
    }

    @Test("L1 forms are added only where Pagefind would not fold them")
    func keyForms() {
        let terms = articleSearchTerms("ذهب إلى المدرسة مسئول بُوتِين أحمد")
        #expect(terms.contains("الي") && terms.contains("المدرسه") && terms.contains("مسءول"))
        #expect(!terms.contains("احمد") && !terms.contains("ذهب"))  // Pagefind folds hamza on alef itself
        #expect(!terms.contains("بوتين") || terms.filter { $0 == "بوتين" }.count == 1)
    }

    @Test("words already on the page are not repeated; no duplicates")
    func noDuplicates() {
        let terms = articleSearchTerms("بوتين وبوتين لبوتين فبوتين")
        #expect(Set(terms).count == terms.count)
        #expect(!terms.contains("بوتين"))
    }

    @Test("fragment: hidden, meta, facets and terms, escaped")
    func fragment() {
        let page = SearchPage(
            title: "ماسك & بوتين", type: "article", terms: articleSearchTerms("التقى وبوتين."),
            actorIDs: ["vladimir-putin", "elon-musk", "nobody"],
            topicIDs: ["sanctions"], outletName: "الحرة")
        let html = indexing.fragment(for: page)
        #expect(
            html.hasPrefix("<div hidden class=\"search-data\"><div data-pagefind-ignore>") && html.hasSuffix("</div>"))
        #expect(html.contains("<span data-pagefind-meta=\"title\">ماسك &amp; بوتين</span>"))
        #expect(html.contains("<span data-pagefind-meta=\"type\">article</span>"))
        #expect(html.contains("<span data-pagefind-filter=\"actor\">فلاديمير بوتين</span>"))
        #expect(html.contains("<span data-pagefind-filter=\"actor\">إيلون ماسك</span>"))
        #expect(html.contains("<span data-pagefind-filter=\"topic\">العقوبات</span>"))
        #expect(html.contains("<span data-pagefind-filter=\"outlet\">الحرة</span>"))
        // The meta and facets are read but not indexed (Pagefind glued them into the page's
        // words); the terms are indexed, last, apart and at a lower weight.
        #expect(html.contains("<span data-pagefind-filter=\"outlet\">الحرة</span></div> "))
        #expect(
            html.hasSuffix(
                "</div> <span data-pagefind-weight=\"0.5\" data-pagefind-meta=\"terms\">بوتين فلاديمير بوتن Putin التقي</span></div>"
            ))
        #expect(html == indexing.fragment(for: page))
        // The forms of what a page is about weigh as a heading's words, as meta of their own
        // before the terms (a weight nested in a meta element marks its value).
        let actor = SearchPage(
            title: "عبد الفتاح البرهان", type: "actor", terms: ["جيش"], subjectTerms: ["برهان", "Burhan"])
        #expect(
            indexing.fragment(for: actor).hasSuffix(
                "</div> <span data-pagefind-weight=\"7\" data-pagefind-meta=\"subject\">برهان Burhan</span>"
                    + " <span data-pagefind-weight=\"0.5\" data-pagefind-meta=\"terms\">جيش</span></div>"))
    }

    @Test("aliases.json maps L1 spellings to actor pages")
    func aliases() throws {
        let table = SearchAliases.table(actors: searchActors)
        #expect(table["ترمب"]?.first?.url == "actors/donald-trump/index.html")
        #expect(table["ايلون ماسك"]?.first?.name == "إيلون ماسك")
        #expect(table["putin"]?.first?.id == "vladimir-putin")
        #expect(table["ماسك"]?.first?.id == "elon-musk")
        let json = SearchAliases.json(actors: searchActors)
        let decoded = try JSONDecoder().decode([String: [SearchAliases.Target]].self, from: Data(json.utf8))
        #expect(decoded == table)
        #expect(json == SearchAliases.json(actors: searchActors.reversed()))
    }

    @Test("a missing Pagefind is a diagnostic, not a crash")
    func runnerMissing() {
        let nothing = PagefindRunner(environment: ["PATH": "/nonexistent"], workingDirectory: "/nonexistent")
        guard case .failure(let diagnostic) = nothing.locate() else {
            Issue.record("expected a failure")
            return
        }
        #expect(diagnostic.code == .searchIndexerMissing && diagnostic.fix != nil)
        let wrong = PagefindRunner(environment: ["DOSSIER_PAGEFIND": "/nonexistent/pagefind", "PATH": "/usr/bin"])
        guard case .failure(let explicit) = wrong.locate() else {
            Issue.record("expected a failure")
            return
        }
        #expect(explicit.message.contains("DOSSIER_PAGEFIND"))
        // A folder has the execute bit, but is no program.
        let folder = PagefindRunner(environment: ["DOSSIER_PAGEFIND": "/usr/bin", "PATH": "/usr/bin"])
        guard case .failure(let notAFile) = folder.locate() else {
            Issue.record("expected a failure for a folder")
            return
        }
        #expect(notAFile.message.contains("«/usr/bin», which is not an executable file"))
        let explicitTrue = PagefindRunner(environment: ["DOSSIER_PAGEFIND": "/bin/true"])
        #expect((try? explicitTrue.locate().get()) == PagefindRunner.Command(executable: "/bin/true"))
    }

    @Test(
        "manual: write a probe site for search-probe",
        .enabled(if: ProcessInfo.processInfo.environment["DOSSIER_WRITE_SEARCH_SITE"] != nil))
    func writeProbeSite() throws {
        let folder = try #require(ProcessInfo.processInfo.environment["DOSSIER_WRITE_SEARCH_SITE"])
        let withTerms = ProcessInfo.processInfo.environment["DOSSIER_SEARCH_TERMS"] != "0"
        let pages = [
            ("a1-wa-putin", "وصل الوفد وبوتين إلى القاعة."), ("a2-li-putin", "قال المتحدث لبوتين إن الأمر انتهى."),
            ("a3-elon-hamza", "أعلن إيلون عن خطة جديدة."), ("a4-tashkeel", "التقى بُوتِين بالوفد أمس."),
            ("a5-tatweel", "قال بوتـين كلاماً آخر."), ("a6-wa-trump", "دعم ماسك وترامب الحملة."),
            ("a7-wal-sanctions", "فرضت الدول والعقوبات مستمرة."), ("a8-lil-kremlin", "نقل المصدر للكرملين رسالة."),
            ("a9-fa-putin", "فبوتين لم يرد على الطلب."), ("a10-plain", "تحدث بوتين وإيلون ماسك في الهاتف."),
            ("a11-school", "ذهب مسئول إلى المدرسة."),
        ]
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in pages {
            let extra =
                withTerms
                ? indexing.fragment(for: SearchPage(title: name, type: "article", terms: articleSearchTerms(text))) : ""
            let html =
                "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>\(name)</title></head>\n"
                + "<body><main data-pagefind-body><h1>\(name)</h1><p>\(text)</p>\(extra)</main></body></html>\n"
            try html.write(toFile: folder + "/\(name).html", atomically: true, encoding: .utf8)
        }
    }
}
