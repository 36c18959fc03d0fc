import DossierLoader
import DossierModel
import Foundation
import Testing

/// Loads the repository's `seeds/` and checks the five articles and that nothing was written.
@Test func seedsLoadWithoutTouchingSources() throws {
    let articles = FixturePaths.seeds + "/articles"
    func fingerprints() throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: articles) {
            result[name] = FileManager.default.contents(atPath: articles + "/" + name)
        }
        return result
    }
    let before = try fingerprints()
    let result = try DossierLoader.load(sourceFolder: FixturePaths.seeds)
    #expect(try fingerprints() == before)
    #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
    let dossier = result.dossier
    #expect(dossier.config.title == "ماسك وبوتين: ملف الاتصالات السرية")
    #expect(dossier.articles.count == 5)
    #expect(
        dossier.articles.map(\.title) == [
            "“محادثات سرية” بين بوتين وماسك تثير مخاوف أمنية في واشنطن",
            "صحيفة أمريكية: \"محادثات سرية\" بين ماسك وبوتين",
            "مسؤولون أميركيون سابقون لـ«فويس أوف أميركا»: محادثات ماسك وبوتين تثير مخاوف أمنية",
            "وول ستريت جورنال: ماسك على اتصال منتظم ببوتين منذ أواخر 2022",
            "بدأت في أواخر 2022.. ما سر العلاقة بين إيلون ماسك والرئيس الروسي فلاديمير بوتين؟",
        ])
    #expect(dossier.articles.map { $0.outlet ?? "-" } == ["-", "erem-news", "voa", "alhurra", "-"])
    #expect(dossier.articles.map { $0.published?.iso ?? "-" } == ["-", "2024-10-25T18:53", "-", "-", "-"])
    #expect(dossier.articles.allSatisfy { $0.source.sha256.count == 64 && !$0.paragraphs.isEmpty })
    #expect(dossier.outlets.map(\.id) == ["alhurra", "erem-news", "voa"])
}
