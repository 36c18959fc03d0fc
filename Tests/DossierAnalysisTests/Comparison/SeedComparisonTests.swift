import DossierModel
import DossierTestFixtures
import Foundation
import Testing

@testable import DossierAnalysis

/// Measurement on the seed articles (one story, five outlets): the threshold's evidence.
@Suite("PassageComparison on seeds")
struct SeedComparisonTests {
    /// The seed articles, split into lines of six words or more (a rough body without the loader).
    static func seeds() -> [Article] {
        let folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("../../../seeds/articles").standardized
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            $0.hasSuffix(".txt")
        }.sorted()
        return files.compactMap { name in
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else {
                return nil
            }
            let lines = text.split(separator: "\n").map(String.init).filter { $0.split(separator: " ").count >= 6 }
            return comparisonArticle(String(name.prefix(3)), lines)
        }
    }

    @Test("a claim repeated in other words by four outlets or more is one claim")
    func taiwanRequest() throws {
        let articles = Self.seeds()
        try #require(articles.count == 5)
        let result = PassageComparison().compare(articles)
        let claim = result.claims.first { claim in
            claim.passages.contains { location in
                let text = articles.first { $0.id == location.articleID }?.paragraphs[location.paragraph - 1].text ?? ""
                return text.contains("تايوان") && text.contains("طلب")
            }
        }
        #expect((claim?.articleIDs.count ?? 0) >= 4, "\(String(describing: claim))")
        if ProcessInfo.processInfo.environment["DOSSIER_PRINT_COMPARISON"] != nil {
            // Manual re-measurement of the threshold: run with a lower threshold and read the scores.
            let loose = PassageComparison(options: .init(threshold: 0.3)).compare(articles)
            for pair in loose.pairs.sorted(by: { $0.score > $1.score }) {
                let text =
                    articles.first { $0.id == pair.second.articleID }?.paragraphs[pair.second.paragraph - 1].text ?? ""
                print(String(format: "%.2f", pair.score), pair.first, pair.second, String(text.prefix(50)))
            }
            for claim in result.claims { print("claim", claim.articleIDs, claim.passages) }
        }
        #expect(result.pairs.allSatisfy { $0.first.articleID != $0.second.articleID })
    }
}
