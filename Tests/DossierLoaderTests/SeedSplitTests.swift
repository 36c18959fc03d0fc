import DossierLoader
import DossierModel
import Foundation
import Testing

/// The loader's reading of the seed articles (title, date and outlet with their provenance,
/// and every line's place in the body or the furniture) against a reviewed record,
/// `Fixtures/loader/seed-split.txt`. A change in detection shows up as a diff of that file:
/// review it, then re-record with `RECORD_EXPECTED=1`.
@Suite struct SeedSplitTests {
    static let recordPath = FixturePaths.loader + "/seed-split.txt"

    /// One block per article: its detected metadata, then one row per line kept.
    static func describe(_ result: LoadResult, sourceFolder: String) -> String {
        var lines: [String] = []
        for article in result.dossier.articles {
            lines.append("=== \(article.id) title[\(article.provenance.title)]: \(article.title)")
            lines.append(
                "    published[\(article.provenance.published)]: \(article.published?.iso ?? "-")"
                    + " outlet[\(article.provenance.outlet)]: \(article.outlet ?? "-")")
            var rows: [(line: Int, label: String, text: String)] = article.paragraphs.map {
                ($0.line, "BODY", $0.text)
            }
            rows += article.furniture.map { ($0.line, "F:\($0.kind.rawValue)", $0.text) }
            for row in rows.sorted(by: { $0.line < $1.line }) {
                let number = String(row.line)
                let paddedNumber = String(repeating: " ", count: max(0, 4 - number.count)) + number
                let paddedLabel = row.label + String(repeating: " ", count: max(1, 14 - row.label.count))
                lines.append(paddedNumber + " " + paddedLabel + String(row.text.prefix(70)))
            }
        }
        for diagnostic in result.diagnostics {
            lines.append(diagnostic.description.replacingOccurrences(of: sourceFolder, with: "."))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func seedSplitMatchesTheRecord() throws {
        let result = try DossierLoader.load(sourceFolder: FixturePaths.seeds)
        let actual = Self.describe(result, sourceFolder: FixturePaths.seeds)
        if ProcessInfo.processInfo.environment["RECORD_EXPECTED"] == "1" {
            try actual.write(toFile: Self.recordPath, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: Self.recordPath, encoding: .utf8)
        let actualLines = actual.components(separatedBy: "\n")
        let expectedLines = expected.components(separatedBy: "\n")
        // Name the first differing line instead of printing both 180-line records.
        let differing = (0..<max(actualLines.count, expectedLines.count)).first { index in
            actualLines.indices.contains(index) != expectedLines.indices.contains(index)
                || actualLines[index] != expectedLines[index]
        }
        if let index = differing {
            let want = expectedLines.indices.contains(index) ? expectedLines[index] : "(end of record)"
            let got = actualLines.indices.contains(index) ? actualLines[index] : "(end of output)"
            Issue.record(
                "seed split differs from seed-split.txt at line \(index + 1):\n  expected: \(want)\n  actual:   \(got)")
        }
    }
}
