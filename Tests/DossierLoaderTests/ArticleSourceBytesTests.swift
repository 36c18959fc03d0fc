import DossierModel
import Foundation
import Testing

@testable import DossierLoader

/// An article and its sidecar are read once: the cache key and the reading come from the same
/// bytes, so a file edited between the two cannot give the key of one version and the reading
/// of the other.
struct ArticleSourceBytesTests {
    private static let article = "سد جديد على النهر\n\nقال المهندس إن العمل في السد الجديد بدأ هذا الشهر قرب المدينة.\n"
    private static let edited = "جسر جديد فوق الوادي\n\nقال المهندس إن العمل في الجسر الجديد سيبدأ العام المقبل.\n"

    @Test func theReadingIsOfTheBytesTheKeyWasMadeFrom() throws {
        let folder = try FixturePaths.folder(
            "source-bytes",
            holding: [
                "dossier.yml": "title: ملف تجريبي\n",
                "articles/a1.txt": Self.article,
                "articles/a1.yml": "title: عنوان أول\npublished: \"2024-03-02\"\n",
            ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = SourceFolder(folder.path)
        let limits = ArticleLimits()
        let bytes = ArticleSourceBytes("articles/a1.txt", sidecar: "articles/a1.yml", folder: source)
        let key = try #require(bytes.cacheKey("articles/a1.txt", folder: source, limits: limits))
        // Both files change after they were read.
        try Self.edited.write(to: folder.appendingPathComponent("articles/a1.txt"), atomically: true, encoding: .utf8)
        try "title: عنوان آخر\n".write(
            to: folder.appendingPathComponent("articles/a1.yml"), atomically: true, encoding: .utf8)
        var diagnostics: [Diagnostic] = []
        let output = ArticleReader(folder: source, limits: limits).read(
            "articles/a1.txt", id: "a1", source: bytes, diagnostics: &diagnostics)
        let read = try #require(output?.article)
        #expect(read.title == "عنوان أول")
        #expect(read.paragraphs.map(\.text).joined().contains("السد الجديد"))
        #expect(read.source.sha256 == ArticleReader.sha256(Array(Self.article.utf8)))
        // The key of the files as they are now is another one.
        let now = ArticleSourceBytes("articles/a1.txt", sidecar: "articles/a1.yml", folder: source)
        #expect(now.cacheKey("articles/a1.txt", folder: source, limits: limits) != key)
    }

    /// A sidecar that cannot be read gives no key (the article is read again next time) and
    /// its diagnostic, once.
    @Test func anUnreadableSidecarGivesNoKeyAndOneDiagnostic() throws {
        let folder = try FixturePaths.folder(
            "source-bytes-sidecar",
            holding: ["dossier.yml": "title: ملف تجريبي\n", "articles/a1.txt": Self.article])
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("articles/a1.yml"), withIntermediateDirectories: false)
        let source = SourceFolder(folder.path)
        let bytes = ArticleSourceBytes("articles/a1.txt", sidecar: "articles/a1.yml", folder: source)
        #expect(bytes.cacheKey("articles/a1.txt", folder: source, limits: ArticleLimits()) == nil)
        var diagnostics: [Diagnostic] = []
        let output = ArticleReader(folder: source, limits: ArticleLimits()).read(
            "articles/a1.txt", id: "a1", source: bytes, diagnostics: &diagnostics)
        #expect(output != nil)
        #expect(diagnostics.filter { $0.code == .unreadableFile }.count == 1)
    }
}
