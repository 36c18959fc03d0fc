import DossierModel
import Foundation
import Testing

@testable import DossierLoader

/// `base_url`, a sidecar's `url` and an outlet's `url` must be absolute `http(s)` URLs with a
/// host: anything else is an error at its line, and the value is dropped. Each test edits a
/// copy of the valid fixture in a temporary folder.
struct WebAddressFieldTests {
    private func load(
        baseURL: String, sidecarURL: String, outletURL: String
    ) throws -> (result: LoadResult, source: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-urls-\(UUID().uuidString)")
        let source = folder.path + "/source"
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: FixturePaths.valid, toPath: source)
        try edit(source + "/dossier.yml") { $0 + "base_url: \(baseURL)\n" }
        try edit(source + "/articles/book-fair.yml") {
            $0.replacingOccurrences(of: "url: https://example.com/book-fair", with: "url: \(sidecarURL)")
        }
        try edit(source + "/outlets/alwadi-news.md") {
            $0.replacingOccurrences(of: "url: https://example.com/alwadi", with: "url: \(outletURL)")
        }
        return (try DossierLoader.load(sourceFolder: source), source)
    }

    private func edit(_ path: String, _ change: (String) -> String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try Data(change(text).utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func addressesThatAreNotWebURLsAreErrorsAtTheirLine() throws {
        let (result, source) = try load(
            baseURL: "javascript:alert(document.cookie)", sidecarURL: "'javascript:alert(1)'",
            outletURL: "httpjavascript:alert(1)")
        defer {
            try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: source).deletingLastPathComponent().path)
        }
        let errors = result.diagnostics.filter { $0.code == .badURL }
        #expect(
            errors.map {
                "\($0.location?.path.replacingOccurrences(of: source, with: ".") ?? ""):\($0.location?.line ?? 0)"
            }
                == ["./dossier.yml:5", "./articles/book-fair.yml:5", "./outlets/alwadi-news.md:3"])
        #expect(errors.allSatisfy { $0.severity == .error && $0.fix?.contains("https://example.org") == true })
        #expect(errors.first?.message.contains("`base_url`") == true)
        #expect(result.dossier.config.baseURL == nil)
        #expect(result.dossier.articles.first { $0.id == "book-fair" }?.url == nil)
        #expect(result.dossier.outlets.first { $0.id == "alwadi-news" }?.url == nil)
    }

    /// An address that would be right but for a character to encode is told which one, and
    /// how it is written.
    @Test func aCharacterToEncodeIsNamed() throws {
        let (result, source) = try load(
            baseURL: "https://example.org/dossier/", sidecarURL: "'https://news.example.org/a?q=<b>'",
            outletURL: "\"https://example.com/two words\"")
        defer {
            try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: source).deletingLastPathComponent().path)
        }
        let errors = result.diagnostics.filter { $0.code == .badURL }
        #expect(
            errors.map(\.message) == [
                "`url` holds «<» (U+003C), which a web address writes as %3C",
                "`url` holds « » (U+0020), which a web address writes as %20",
            ])
        #expect(errors.allSatisfy { $0.fix?.contains("address bar") == true })
    }

    @Test func webURLsAreKept() throws {
        let (result, source) = try load(
            baseURL: "https://example.org/dossier/", sidecarURL: "http://news.example.org/a?id=1",
            outletURL: "https://example.com/الوادي")
        defer {
            try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: source).deletingLastPathComponent().path)
        }
        #expect(!result.diagnostics.contains { $0.code == .badURL })
        #expect(result.dossier.config.baseURL == "https://example.org/dossier/")
        #expect(result.dossier.articles.first { $0.id == "book-fair" }?.url == "http://news.example.org/a?id=1")
        #expect(result.dossier.outlets.first { $0.id == "alwadi-news" }?.url == "https://example.com/الوادي")
    }

    /// A `base_url`, written into the sitemap, feed and `<base>`, must be a host name or IPv4
    /// address in ASCII, with a path in ASCII, whole escapes and no empty, `.` or `..` segment;
    /// the same in an outlet's `url` (a link a browser follows) is kept.
    @Test(arguments: [
        ("https://example.com/%ZZ/", "`%` that starts no escape"), ("https://1.2.3.4.5/", "is not a host name"),
        ("https://-bad-.com/", "is not a host name"), ("https://example.com/a/../b/", "`..` segment"),
        ("https://example.com/..", "`..` segment"), ("https://example.com//double/", "empty (`//`)"),
        ("https://مثال.إختبار/", "host `مثال.إختبار` is written in letters other than ASCII"),
        ("https://example.com/ملف/", "path `/ملف/` is written in letters other than ASCII"),
    ])
    func aSiteAddressThatCannotRootTheSiteIsAnError(_ address: String, _ problem: String) throws {
        let (result, source) = try load(
            baseURL: address, sidecarURL: "https://news.example.org/a", outletURL: "https://example.com/الوادي")
        defer {
            try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: source).deletingLastPathComponent().path)
        }
        let errors = result.diagnostics.filter { $0.code == .badURL }
        #expect(errors.count == 1 && errors.first?.message.contains(problem) == true, "\(errors.map(\.message))")
        #expect(errors.first?.location?.line == 5)
        #expect(result.dossier.config.baseURL == nil)
        if address.contains("ملف") { #expect(errors.first?.fix?.contains("/%D9%85%D9%84%D9%81/") == true) }
        for good in ["https://192.168.0.10:8080/dossier/", "http://localhost/", "https://xn--mgbh0fb.xn--kgbechtv/"] {
            #expect(SiteAddressCheck.problem(of: good) == nil, "\(good)")
        }
    }
}
