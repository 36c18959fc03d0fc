import DossierSite
import Foundation
import Testing

/// The rendered home and article pages of the `good` fixture, byte for byte.
///
/// Re-record with `DOSSIER_RECORD_GOLDEN=1 swift test --filter GoldenPageTests`.
struct GoldenPageTests {
    @Test(
        "pages match their golden files",
        arguments: [
            ("index.html", "home.html"),
            ("articles/alpha/index.html", "article-alpha.html"),
            ("articles/beta/index.html", "article-beta.html"),
        ])
    func matchesGolden(page: String, golden: String) async throws {
        let site = try await SiteBuilder(sourceFolder: SiteTestPaths.good, templatesFolder: SiteTestPaths.templates)
            .renderSite()
        let file = try #require(site.files.first { $0.path == page })
        let actual = try #require(file.text)
        let goldenURL = SiteTestPaths.golden.appendingPathComponent(golden)
        if ProcessInfo.processInfo.environment["DOSSIER_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: SiteTestPaths.golden, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: goldenURL)
            return
        }
        let expected = try String(contentsOf: goldenURL, encoding: .utf8)
        #expect(actual == expected, "\(golden) differs:\n\(GoldenDiff.describe(expected: expected, actual: actual))")
    }
}

/// A short, readable description of where two texts differ.
enum GoldenDiff {
    static func describe(expected: String, actual: String, context: Int = 2) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        guard
            let first = (0..<max(old.count, new.count)).first(where: { line in
                line >= old.count || line >= new.count || old[line] != new[line]
            })
        else { return "(no difference)" }
        var lines: [String] = []
        for line in max(0, first - context)..<min(max(old.count, new.count), first + context + 1) {
            let left = line < old.count ? String(old[line]) : "<end>"
            let right = line < new.count ? String(new[line]) : "<end>"
            if left == right {
                lines.append("  \(line + 1)  \(left)")
            } else {
                lines.append("- \(line + 1)  \(left)")
                lines.append("+ \(line + 1)  \(right)")
            }
        }
        return lines.joined(separator: "\n") + "\n(re-record with DOSSIER_RECORD_GOLDEN=1)"
    }
}
