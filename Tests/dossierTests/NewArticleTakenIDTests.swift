import Foundation
import Testing

/// `dossier new article --id` refuses an id the dossier already has under an extension in
/// another case, as the build reads it: `bar.TXT` is article `bar`, and a `bar.txt` written
/// beside it made every build fail with `duplicate-id`.
struct NewArticleTakenIDTests {
    @Test(arguments: ["bar.TXT", "bar.Md", "bar.YML"])
    func anIdTakenInAnotherCaseIsRefusedAndNothingIsWritten(existing: String) throws {
        let (folder, source) = try DossierBinary.temporaryDossier()
        defer { try? FileManager.default.removeItem(at: folder) }
        let articles = source.appendingPathComponent("articles")
        try Data("تقرير عن افتتاح الجسر الجديد فوق النهر بعد سنتين من العمل.\n".utf8)
            .write(to: articles.appendingPathComponent(existing))
        let before = try FileManager.default.contentsOfDirectory(atPath: articles.path).sorted()
        let input = folder.appendingPathComponent("raw.txt")
        try Data("خبر آخر عن انتخابات المجلس البلدي في المدينة الساحلية.\n".utf8).write(to: input)

        let result = try DossierBinary.run(["new", "article", input.path, "--source", source.path, "--id", "bar"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("articles/\(existing) already exists"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: articles.path).sorted() == before)
    }
}
