import DossierLoader
import DossierModel
import Foundation
import Testing

/// An article read by an earlier build is taken again only when its reading would be the same
/// today: a sidecar renamed keeps its bytes but not its path, which its warnings name, and a
/// date that lay after the day of that reading may lie before this one.
struct ArticleCacheKeyTests {
    private static func dossier() throws -> URL {
        try FixturePaths.folder(
            "cache-key",
            holding: [
                "dossier.yml": "title: ملف تجريبي\n",
                "articles/a1.txt":
                    "سد جديد على النهر\n\nقال المهندس إن العمل في السد الجديد بدأ هذا الشهر قرب المدينة الساحلية.\n",
                "articles/a1.yml": "title: \"\"\noutlet: unknown\npublished: \"2024-03-02\"\n",
            ])
    }

    @Test func aRenamedSidecarsWarningsNameItsNewPath() throws {
        let folder = try Self.dossier()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try DossierLoader.load(sourceFolder: folder.path, articleCache: [:])
        #expect(first.result.diagnostics.contains { $0.location?.path.hasSuffix("a1.yml") == true })
        try FileManager.default.moveItem(
            at: folder.appendingPathComponent("articles/a1.yml"), to: folder.appendingPathComponent("articles/a1.YML"))
        let second = try DossierLoader.load(sourceFolder: folder.path, articleCache: first.articleCache)
        let paths = second.result.diagnostics.compactMap { $0.location?.path }.filter { $0.contains("a1.") }
        #expect(!paths.isEmpty && paths.allSatisfy { $0.hasSuffix("a1.YML") }, "\(paths)")
    }

    /// A reading that warned of a date after its day (here made so by hand: the article's date
    /// is long past) is not taken: the article is read again, and the warning goes.
    @Test func aReadingWarningOfAFutureDateIsDoneAgain() throws {
        let folder = try Self.dossier()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try DossierLoader.load(sourceFolder: folder.path, articleCache: [:])
        #expect(!first.result.diagnostics.contains { $0.code == .dateInFuture })
        let future = Diagnostic.warning(.dateInFuture, "lies after today", at: SourceLocation(path: "a1.txt"))
        let cache = first.articleCache.mapValues { cached in
            CachedArticle(
                key: cached.key, article: cached.article, outletName: cached.outletName,
                unidentifiedOutlet: cached.unidentifiedOutlet, diagnostics: cached.diagnostics + [future])
        }
        let second = try DossierLoader.load(sourceFolder: folder.path, articleCache: cache)
        #expect(!second.result.diagnostics.contains { $0.code == .dateInFuture })
        // A reading that did not warn is taken as it is (its warnings kept).
        let marked = first.articleCache.mapValues { cached in
            CachedArticle(
                key: cached.key, article: cached.article, outletName: cached.outletName,
                unidentifiedOutlet: cached.unidentifiedOutlet,
                diagnostics: cached.diagnostics + [.warning(.badValue, "kept", at: SourceLocation(path: "a1.txt"))])
        }
        let third = try DossierLoader.load(sourceFolder: folder.path, articleCache: marked)
        #expect(third.result.diagnostics.contains { $0.message == "kept" })
    }
}
