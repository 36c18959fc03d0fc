import DossierModel
import Foundation
import Testing

@testable import DossierAnalysis
@testable import DossierSite

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Element paths (`feed/entry/id`) with their text and attributes (test helper).
final class XMLOutline: NSObject, XMLParserDelegate {
    var items: [(path: String, text: String, attributes: [String: String])] = []
    private var stack: [(String, [String: String])] = []
    private var text = ""

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        stack.append((name, attributes))
        text = ""
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let path = stack.map(\.0).joined(separator: "/")
        items.append((path, text.trimmingCharacters(in: .whitespacesAndNewlines), stack.last?.1 ?? [:]))
        stack.removeLast()
        text = ""
    }

    static func parse(_ xml: String) -> XMLOutline? {
        let parser = XMLParser(data: Data(xml.utf8))
        let outline = XMLOutline()
        parser.delegate = outline
        return parser.parse() ? outline : nil
    }

    func texts(_ path: String) -> [String] { items.filter { $0.path == path }.map(\.text) }
    func attributes(_ path: String) -> [[String: String]] { items.filter { $0.path == path }.map(\.attributes) }
}

private let location = SourceLocation(path: "src/x.md")

func hostDossier(baseURL: String?) -> Dossier {
    let source = SourceFile(relativePath: "articles/a.txt", sha256: "", byteCount: 0, encoding: "utf-8")
    return Dossier(
        config: DossierConfig(title: "ملف السد", description: "انهيار سد أربعات", baseURL: baseURL),
        articles: [
            Article(
                id: "dam-a", source: source, title: "انهيار سد أربعات", outlet: "radio",
                published: PartialDate(iso: "2024-08-25"),
                paragraphs: [Paragraph(text: "انهار سد أربعات جزئياً & أجليت الأسر.", line: 1)]),
            Article(
                id: "dam-b", source: source, title: "إجلاء الأسر",
                published: PartialDate(iso: "2024-08-26T10:05+03:00"),
                paragraphs: [Paragraph(text: "أجلت فرق الإنقاذ ألفي أسرة.", line: 1)]),
            Article(id: "undated", source: source, title: "بلا تاريخ", paragraphs: [Paragraph(text: "نص.", line: 1)]),
        ],
        outlets: [Outlet(id: "radio", name: "راديو دبنقا")],
        notes: [
            Note(
                id: "n1", article: "dam-a", quote: "انهار سد أربعات",
                body: MarkdownText(text: "السد **قديم**.", location: location), source: location)
        ])
}

@Suite("HostFiles")
struct HostFilesTests {
    @Test("Atom feed with base_url: absolute ids and links, dates from the data (an undated entry the oldest's)")
    func atomAbsolute() throws {
        let dossier = hostDossier(baseURL: "https://example.org/dam/")
        let xml = AtomFeed.xml(config: dossier.config, entries: FeedEntry.entries(for: dossier))
        let feed = try #require(XMLOutline.parse(xml))
        #expect(feed.texts("feed/id") == ["https://example.org/dam/"])
        #expect(feed.texts("feed/title") == ["ملف السد"])
        #expect(feed.texts("feed/updated") == ["2024-08-26T10:05:00+03:00"])
        #expect(feed.texts("feed/author/name") == ["ملف السد"])
        let links = feed.attributes("feed/link")
        #expect(links.contains { $0["rel"] == "self" && $0["href"] == "https://example.org/dam/feed.xml" })
        #expect(links.contains { $0["rel"] == "alternate" && $0["href"] == "https://example.org/dam/" })
        #expect(
            feed.texts("feed/entry/id") == [
                "https://example.org/dam/articles/dam-b/", "https://example.org/dam/articles/dam-a/",
                "https://example.org/dam/articles/dam-a/#note-n1", "https://example.org/dam/articles/undated/",
            ])
        #expect(
            feed.texts("feed/entry/updated") == [
                "2024-08-26T10:05:00+03:00", "2024-08-25T00:00:00Z", "2024-08-25T00:00:00Z", "2024-08-25T00:00:00Z",
            ])
        #expect(feed.texts("feed/entry/title").count == 4 && feed.texts("feed/entry/summary").count == 4)
        // A note's title names its article and begins with its own words.
        #expect(
            feed.texts("feed/entry/title").contains { $0.hasPrefix("ملاحظة على: ") && $0.hasSuffix(" — السد قديم.") })
        #expect(feed.texts("feed/entry/summary").contains("انهار سد أربعات جزئياً & أجليت الأسر."))
        #expect(feed.texts("feed/entry/author/name") == ["راديو دبنقا"])
        #expect(
            feed.attributes("feed/entry/link").allSatisfy { $0["href"]?.hasPrefix("https://example.org/dam/") == true })
    }

    @Test("Atom feed without base_url: tag ids and relative links, same bytes on every build")
    func atomRelative() throws {
        let dossier = hostDossier(baseURL: nil)
        let xml = AtomFeed.xml(config: dossier.config, entries: FeedEntry.entries(for: dossier))
        let feed = try #require(XMLOutline.parse(xml))
        #expect(feed.texts("feed/entry/id").allSatisfy { $0.hasPrefix("tag:dossier.invalid,2000:") })
        #expect(Set(feed.texts("feed/entry/id")).count == 4)
        #expect(feed.attributes("feed/entry/link").first?["href"] == "articles/dam-b/index.html")
        #expect(xml == AtomFeed.xml(config: dossier.config, entries: FeedEntry.entries(for: dossier)))
        let empty = AtomFeed.xml(config: dossier.config, entries: [])
        #expect(XMLOutline.parse(empty)?.texts("feed/updated") == ["2000-01-01T00:00:00Z"])
    }

    @Test("the feed holds the latest entries only, newest first")
    func feedKeepsTheLatest() throws {
        let source = SourceFile(relativePath: "articles/a.txt", sha256: "", byteCount: 0, encoding: "utf-8")
        // 120 articles on 120 days, given oldest first, and one undated.
        let articles =
            (0..<120).map { day in
                Article(
                    id: "day-\(day)", source: source, title: "يوم \(day)",
                    published: PartialDate(year: 2024, month: day / 28 + 1, day: day % 28 + 1),
                    paragraphs: [Paragraph(text: "نص.", line: 1)])
            } + [
                Article(
                    id: "undated", source: source, title: "بلا تاريخ", paragraphs: [Paragraph(text: "نص.", line: 1)])
            ]
        let dossier = Dossier(config: DossierConfig(title: "ملف"), articles: articles)
        let entries = FeedEntry.entries(for: dossier)
        #expect(entries.count == FeedEntry.limit)
        #expect(entries.first?.key == "articles/day-119")
        #expect(entries.last?.key == "articles/day-\(120 - FeedEntry.limit)")
        #expect(
            FeedEntry.entries(for: dossier, limit: 3).map(\.key) == [
                "articles/day-119", "articles/day-118", "articles/day-117",
            ])
        let feed = try #require(XMLOutline.parse(AtomFeed.xml(config: dossier.config, entries: entries)))
        #expect(feed.texts("feed/entry/id").count == FeedEntry.limit)
        #expect(feed.texts("feed/updated") == [AtomFeed.timestamp(try #require(entries.first?.updated))])
    }

    @Test("summaries: whitespace collapsed, cut at a word boundary within the length, a long first word cut")
    func summariesAreClipped() {
        #expect(FeedEntry.clipped("أ  ب\nج\tد", to: 20) == "أ ب ج د")
        #expect(FeedEntry.clipped("كلمة كلمتان ثلاث", to: 16) == "كلمة كلمتان ثلاث")
        #expect(FeedEntry.clipped("كلمة كلمتان ثلاث", to: 15) == "كلمة كلمتان…")
        #expect(FeedEntry.clipped("كلمة كلمتان ثلاث", to: 11) == "كلمة كلمتان…")
        #expect(FeedEntry.clipped("كلمة كلمتان ثلاث", to: 10) == "كلمة…")
        #expect(FeedEntry.clipped("استراتيجيات قصيرة", to: 5) == "استرا…")
        #expect(FeedEntry.clipped("", to: 5) == "")
        let source = SourceFile(relativePath: "articles/a.txt", sha256: "", byteCount: 0, encoding: "utf-8")
        let long = String(repeating: "كلمة ", count: 100)
        let dossier = Dossier(
            config: DossierConfig(title: "ملف"),
            articles: [Article(id: "a", source: source, title: "عنوان", paragraphs: [Paragraph(text: long, line: 1)])])
        let summary = FeedEntry.entries(for: dossier, summaryLength: 22).first?.summary
        #expect(summary == "كلمة كلمة كلمة كلمة…")
    }

    @Test("a text clipped through the shortcut for short, collapsed texts comes out as word by word")
    func clippingTakesTheShortcutOnlyWhereItGivesTheSame() {
        #expect(CollapsedText.isCollapsed("أ ب ج"))
        #expect(CollapsedText.isCollapsed(""))
        for text in [" أ", "أ ", "أ  ب", "أ\nب", "أ\tب", "أ\r\nب", " "] {
            #expect(!CollapsedText.isCollapsed(text), "\(text)")
        }
        var generator = SystemRandomNumberGenerator()
        // Letters, a combining mark, a space that a mark joins, and the whitespace collapsed.
        let pieces = ["ب", "ت", "\u{064E}", " ", " ", "\n", "\t", "\r\n", "e\u{0301}", "ﷺ"]
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in
                pieces.randomElement(using: &generator) ?? ""
            }.joined()
            for length in [1, 4, 8, 30] {
                #expect(
                    FeedEntry.clipped(text, to: length) == TextClip.clipped(text, to: length),
                    "\(Array(text.unicodeScalars)) to \(length)")
            }
        }
    }

    @Test("a note's summary is its quote and the words its Markdown shows, not the Markdown")
    func noteSummariesArePlainText() throws {
        let source = SourceFile(relativePath: "articles/a.txt", sha256: "", byteCount: 0, encoding: "utf-8")
        let at = SourceLocation(path: "notes/n.md", line: 1, column: 1)
        let note = Note(
            id: "n", article: "a", quote: "نص",
            body: MarkdownText(
                text: "قال **[ماسك](actor:elon-musk)** ذلك:\n\n- الفرق 5 > 3 في `snake_case` و2*3\n\n<b>عريض</b>",
                location: at),
            source: at)
        let dossier = Dossier(
            config: DossierConfig(title: "ملف"),
            articles: [Article(id: "a", source: source, title: "عنوان", paragraphs: [Paragraph(text: "نص.", line: 1)])],
            notes: [note])
        let summary = try #require(FeedEntry.entries(for: dossier).first { $0.kind == .note }?.summary)
        #expect(summary == "«نص» قال ماسك ذلك: الفرق 5 > 3 في snake_case و2*3 عريض")
    }

    @Test(
        "timestamps complete partial dates",
        arguments: [
            ("2024", "2024-01-01T00:00:00Z"), ("2024-10", "2024-10-01T00:00:00Z"),
            ("2024-10-25T18:53", "2024-10-25T18:53:00Z"),
            ("2024-10-25T18:53+03:00", "2024-10-25T18:53:00+03:00"), ("2024-10-25T18:53Z", "2024-10-25T18:53:00+00:00"),
        ])
    func timestamps(iso: String, expected: String) throws {
        #expect(AtomFeed.timestamp(try #require(PartialDate(iso: iso))) == expected)
    }

    @Test("sitemap only with base_url, every page once, pretty URLs")
    func sitemap() throws {
        let pages = [
            Sitemap.Page(path: "index.html"),
            Sitemap.Page(path: "articles/dam-a/index.html", lastModified: PartialDate(iso: "2024-08-25")),
            Sitemap.Page(path: "articles/dam-a/index.html#p-2"),
            Sitemap.Page(path: "search/index.html", lastModified: PartialDate(iso: "2024-08-26T10:05")),
        ]
        #expect(Sitemap.xml(baseURL: nil, pages: pages) == nil)
        #expect(Sitemap.xml(baseURL: "  ", pages: pages) == nil)
        let xml = try #require(Sitemap.xml(baseURL: "https://example.org/dam", pages: pages))
        let outline = try #require(XMLOutline.parse(xml))
        #expect(
            outline.texts("urlset/url/loc") == [
                "https://example.org/dam/", "https://example.org/dam/articles/dam-a/",
                "https://example.org/dam/search/",
            ])
        #expect(outline.texts("urlset/url/lastmod") == ["2024-08-25", "2024-08-26"])
    }

    @Test("robots.txt names the sitemap only when there is one")
    func robots() {
        #expect(RobotsFile.text(baseURL: nil) == "User-agent: *\nAllow: /\n")
        #expect(
            RobotsFile.text(baseURL: "https://example.org/dam/").hasSuffix(
                "\nSitemap: https://example.org/dam/sitemap.xml\n"))
    }

    @Test("404 links are absolute with base_url, root-relative paths without")
    func notFound() {
        let absolute = NotFoundPage(config: DossierConfig(title: "ملف", baseURL: "https://example.org/d"))
        #expect(absolute.baseHref == "https://example.org/d/")
        #expect(absolute.links.first?.href == "https://example.org/d/")
        #expect(absolute.links.allSatisfy { $0.href.hasPrefix("https://example.org/d/") })
        let relative = NotFoundPage(config: DossierConfig(title: "ملف"))
        // Root-relative: `<base href="/">` makes the page work at any depth of the host.
        #expect(relative.baseHref == "/" && relative.links.map(\.href).contains("search/index.html"))
        #expect(!relative.title.isEmpty && relative.siteTitle == "ملف")
    }

    @Test("Open Graph values: og:url only with base_url, Arabic locale")
    func openGraph() {
        let withBase = OpenGraph.tags(
            title: "ماسك", description: "  نص\nطويل ", type: .profile, path: "actors/musk/index.html",
            config: DossierConfig(title: "ملف", baseURL: "https://example.org"))
        let values = Dictionary(withBase.map { ($0.property, $0.content) }, uniquingKeysWith: { a, _ in a })
        #expect(values["og:url"] == "https://example.org/actors/musk/")
        #expect(
            values["og:locale"] == "ar_AR" && values["og:type"] == "profile" && values["og:description"] == "نص طويل")
        let without = OpenGraph.tags(
            title: "ماسك", description: nil, type: .website, path: "index.html", config: DossierConfig(title: "ملف"))
        #expect(!without.contains { $0.property == "og:url" || $0.property == "og:description" })
        #expect(OpenGraph.locale(for: "en-GB") == "en_GB")
        #expect(OpenGraph.locale(for: "en") == "en_US" && OpenGraph.locale(for: "fa") == "fa_IR")
        #expect(OpenGraph.locale(for: "fr") == "fr_FR" && OpenGraph.locale(for: "ar") == "ar_AR")
        #expect(OpenGraph.locale(for: "xx") == nil)
    }

    @Test(
        "manual: write host files for check-xml",
        .enabled(if: ProcessInfo.processInfo.environment["DOSSIER_WRITE_HOST_FILES"] != nil))
    func writeForCheckXML() throws {
        let folder = try #require(ProcessInfo.processInfo.environment["DOSSIER_WRITE_HOST_FILES"])
        let dossier = hostDossier(baseURL: "https://example.org/dam/")
        let pages = [
            "index.html", "articles/dam-a/index.html", "articles/dam-b/index.html", "articles/undated/index.html",
        ]
        for page in pages {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(page)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try
                "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>x</title></head><body></body></html>"
                .write(to: url, atomically: true, encoding: .utf8)
        }
        try AtomFeed.xml(config: dossier.config, entries: FeedEntry.entries(for: dossier)).write(
            toFile: folder + "/feed.xml", atomically: true, encoding: .utf8)
        try (Sitemap.xml(baseURL: dossier.config.baseURL, pages: pages.map { Sitemap.Page(path: $0) }) ?? "").write(
            toFile: folder + "/sitemap.xml", atomically: true, encoding: .utf8)
        try RobotsFile.text(baseURL: dossier.config.baseURL).write(
            toFile: folder + "/robots.txt", atomically: true, encoding: .utf8)
    }
}
