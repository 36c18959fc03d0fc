import ArabicText
import DossierLoader
import DossierModel
import Foundation
import Testing

@testable import DossierAnalysis

/// The comparison keys an article's scan reads from its tokens are the keys of each paragraph
/// tokenised alone (`ComparisonTerms.keys(of:)`), which the comparison used to make.
struct ComparisonKeyCollectorTests {
    /// The keys `ArticleScan.withComparisonKeys` gives `article`.
    private static func scannedKeys(of article: Article) -> [[String]] {
        let locator = PassageLocator(article: article, bodyText: article.bodyText, offsets: article.paragraphOffsets)
        return ArticleScan.withComparisonKeys(
            article: article, locator: locator, finder: MentionFinder(gazetteer: Gazetteer(entities: [])),
            topicMatcher: TopicMatcher(topics: []), vocabulary: nil
        ).comparisonKeys
    }

    private static func article(title: String, _ paragraphs: [String]) -> Article {
        Article(
            id: "a", source: SourceFile(relativePath: "articles/a.txt", sha256: "", byteCount: 0, encoding: "utf-8"),
            title: title, outlet: nil, published: nil,
            paragraphs: paragraphs.enumerated().map { Paragraph(text: $1, line: 2 * $0 + 3) })
    }

    /// Paragraphs at the edges: a title whose last word could run into the body, Latin words and
    /// digits glued to Arabic ones, tashkeel, tatweel and presentation forms, one-letter words
    /// and stop words only, and a paragraph longer than a scan's piece (`TextChunks`).
    static let cases: [(title: String, paragraphs: [String])] = [
        ("عنوان المقال", ["قال الرئيس إن المحادثات مستمرة.", "وأكد الوزير ذلك في بيان."]),
        ("", ["فقرة أولى بلا عنوان", "فقرة ثانية"]),
        ("عنوانٌ مُشَكَّل", ["الـــرئيس قال: «نعم» في 2024م، و COVID-19 انتهى.", "ﻻ ﺑﺪ ﻣﻦ ذلك"]),
        ("Headline in English", ["The minister said on Monday that talks would resume.", "و في من إلى"]),
        ("ع", ["ب", "ت ث ج", "كلمة"]),
        ("طويل", [String(repeating: "وقال المتحدث باسم الحكومة، إن الاتفاق قائم. ", count: 400), "نهاية"]),
    ]

    @Test(arguments: cases.indices) func scannedKeysAreEachParagraphsKeys(_ index: Int) {
        let (title, paragraphs) = Self.cases[index]
        let article = Self.article(title: title, paragraphs)
        #expect(Self.scannedKeys(of: article) == paragraphs.map { ComparisonTerms.keys(of: $0) })
    }

    /// A labelled page's text as it was copied: its header (`#` lines) and the label before
    /// each line (`B|`, `F|`, …) taken off.
    private static func pageText(_ labelled: String) -> String {
        labelled.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("#") }.map { line in
            line.firstIndex(of: "|").map { line[line.index(after: $0)...] } ?? line
        }.joined(separator: "\n")
    }

    /// On every page of the labelled real corpus (205 sites, Arabic, English and French), split
    /// by the loader's detection.
    @Test func scannedKeysAreEachParagraphsKeysOnRealPages() throws {
        let folder = AnalysisTestPaths.root.appendingPathComponent("Tests/Fixtures/loader/labelled/real")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        #expect(names.count >= 200)
        var differing: [String] = []
        for name in names.sorted() {
            let detection = try ArticleDetection.detect(
                Array(Self.pageText(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)).utf8))
            guard !detection.body.isEmpty else { continue }
            let article = Self.article(title: detection.title ?? detection.leadTitle ?? "", detection.body)
            if Self.scannedKeys(of: article) != detection.body.map({ ComparisonTerms.keys(of: $0) }) {
                differing.append(name)
            }
        }
        #expect(differing == [])
    }

    /// The analysis compares the seed dossier's passages with the keys its scans read, and
    /// finds what the comparison finds by tokenising every paragraph itself.
    @Test func theAnalysisComparesWithTheScansKeys() throws {
        let seeds = AnalysisTestPaths.root.appendingPathComponent("seeds").path
        let dossier = try DossierLoader.load(sourceFolder: seeds).dossier
        let comparison = DossierAnalyzer.analyze(dossier, generator: nil, previousAnalysis: nil).analysis.comparison
        #expect(!comparison.claims.isEmpty)
        #expect(comparison == PassageComparison().compare(dossier.articles))
    }
}
