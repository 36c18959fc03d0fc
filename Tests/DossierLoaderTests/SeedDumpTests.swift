import DossierLoader
import DossierModel
import Foundation
import Testing

/// Prints the split of the seed articles when `LOADER_DUMP=1`, for reviewing detection by eye.
@Test func dumpSeedSplit() throws {
    guard ProcessInfo.processInfo.environment["LOADER_DUMP"] == "1" else { return }
    let result = try DossierLoader.load(
        sourceFolder: ProcessInfo.processInfo.environment["LOADER_DIR"] ?? FixturePaths.seeds)
    for article in result.dossier.articles {
        print("=== \(article.id) title[\(article.provenance.title)]: \(article.title)")
        print(
            "    published[\(article.provenance.published)]: \(article.published?.iso ?? "-") outlet[\(article.provenance.outlet)]: \(article.outlet ?? "-")"
        )
        var items: [(Int, String)] = article.paragraphs.map { ($0.line, "BODY  ") }
        items += article.furniture.map { ($0.line, "F:\($0.kind.rawValue)") }
        let texts = Dictionary(
            uniqueKeysWithValues: (article.paragraphs.map { ($0.line, $0.text) }
                + article.furniture.map { ($0.line, $0.text) }))
        for (line, label) in items.sorted(by: { $0.0 < $1.0 }) {
            print(
                String(format: "%4d ", line) + label.padding(toLength: 14, withPad: " ", startingAt: 0)
                    + String((texts[line] ?? "").prefix(70)))
        }
    }
    for diagnostic in result.diagnostics { print(diagnostic) }
}
