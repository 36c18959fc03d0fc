import DossierLoader
import DossierModel
import Foundation
import Testing

/// An article with no date, found or given, is a `date-missing` warning naming its sidecar,
/// unless the sidecar says `published: unknown`: undated articles sink to the end of every list
/// and have no feed entry, which is easy to miss among many.
struct MissingDateTests {
    static let undated = "جلسة انتخاب الرئيس\nافتتح رئيس المجلس الجلسة وبدأ النواب الاقتراع في الدورة الأولى.\n"

    static func load(sidecar: String?) throws -> LoadResult {
        var files = ["dossier.yml": "title: ملف\n", "articles/undated.txt": undated]
        if let sidecar { files["articles/undated.yml"] = sidecar }
        let folder = try FixturePaths.folder("missing-date", holding: files)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try DossierLoader.load(sourceFolder: folder.path)
    }

    @Test func anUndatedArticleIsAWarningAtItsSidecar() throws {
        let result = try Self.load(sidecar: "title: جلسة انتخاب الرئيس\n")
        let warnings = result.diagnostics.filter { $0.code == .dateMissing }
        #expect(warnings.map(\.severity) == [.warning], "\(result.diagnostics)")
        #expect(warnings.first?.location?.path.hasSuffix("articles/undated.yml") == true)
        #expect(warnings.first?.fix?.contains("`published: YYYY-MM-DD` in its sidecar (undated.yml)") == true)
        #expect(warnings.first?.fix?.contains("`published: unknown`") == true)
    }

    @Test func withoutASidecarTheWarningNamesTheArticleAndTheSidecarToWrite() throws {
        let warning = try #require(try Self.load(sidecar: nil).diagnostics.first { $0.code == .dateMissing })
        #expect(warning.location?.path.hasSuffix("articles/undated.txt") == true)
        #expect(warning.fix?.contains("(undated.yml)") == true)
    }

    @Test func publishedUnknownSaysNoDateIsKnown() throws {
        let result = try Self.load(sidecar: "published: unknown\n")
        #expect(
            !result.diagnostics.contains { $0.code == .dateMissing || $0.code == .badDate }, "\(result.diagnostics)")
        let article = try #require(result.dossier.articles.first)
        #expect(article.published == nil)
        #expect(article.provenance.published == .sidecar)
    }

    @Test func aDatedArticleHasNoWarning() throws {
        let result = try Self.load(sidecar: "published: 2025-01-09\n")
        #expect(!result.diagnostics.contains { $0.code == .dateMissing })
        #expect(result.dossier.articles.first?.published == PartialDate(iso: "2025-01-09"))
    }
}
