import ArabicText
import Foundation
import Testing

/// Hand counts of actor mentions in the seed articles (see the fixture's `counting` note).
struct SeedMentionCounts: Decodable {
    struct Article: Decodable {
        let file: String
        let bodyLines: [[Int]]
        let counts: [String: Int]
    }

    let counting: String
    let articles: [Article]

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    static func load() throws -> SeedMentionCounts {
        let url = directory.appendingPathComponent("Resources/seed-mention-counts.json")
        return try JSONDecoder().decode(SeedMentionCounts.self, from: Data(contentsOf: url))
    }

    /// The article body: the listed line ranges of the seed file, joined by newlines.
    static func body(of article: Article) throws -> String {
        let url = directory.appendingPathComponent("../../seeds/articles/\(article.file)").standardizedFileURL
        let raw = try String(contentsOf: url, encoding: .utf8)
        let lines = ArabicNormalizer.displayText(raw).components(separatedBy: "\n")
        var kept: [String] = []
        for (number, line) in zip(1..., lines)
        where article.bodyLines.contains(where: { $0.count == 2 && $0[0] <= number && number <= $0[1] }) {
            kept.append(line)
        }
        return kept.joined(separator: "\n")
    }
}

@Suite("Mention finder precision and recall on the seed articles")
struct SeedMentionAccuracyTests {
    @Test func precisionAndRecall() throws {
        let fixture = try SeedMentionCounts.load()
        let finder = MentionFinder(gazetteer: TestGazetteers.seeds)
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var report: [String] = []
        for article in fixture.articles {
            let body = try SeedMentionCounts.body(of: article)
            var found: [String: Int] = [:]
            for mention in finder.mentions(in: body) {
                if let id = mention.entityID { found[id, default: 0] += 1 }
            }
            for id in Set(article.counts.keys).union(found.keys).sorted() {
                let expected = article.counts[id] ?? 0
                let got = found[id] ?? 0
                truePositives += min(expected, got)
                falsePositives += max(0, got - expected)
                falseNegatives += max(0, expected - got)
                if expected != got { report.append("\(article.file) \(id): expected \(expected), found \(got)") }
            }
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
        print(
            "seed mentions: TP \(truePositives) FP \(falsePositives) FN \(falseNegatives) precision \(precision) recall \(recall)"
        )
        for line in report { print("  " + line) }
        #expect(truePositives > 250)
        #expect(precision >= 0.97)
        #expect(recall >= 0.97)
    }
}
