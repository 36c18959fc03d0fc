import DossierModel
import Foundation
import Testing

@testable import DossierSite

/// The comparison a build keeps for the next: read back exactly, reused only while the
/// paragraphs are the same, and a damaged file only means comparing again.
struct ComparisonRecordTests {
    private let generator = "generator-1"

    private func record(of articles: [Article], result: PassageComparisonResult? = nil) throws -> ComparisonRecord {
        let comparison = PassageComparison()
        let key = try ComparisonRecord.key(of: articles, options: comparison.options, generator: generator)
        return ComparisonRecord(key: key, result: result ?? comparison.compare(articles))
    }

    @Test func aRecordReadsBackAsTheSameComparison() throws {
        let record = try record(of: damStory)
        let result = try #require(record.result())
        #expect(!result.pairs.isEmpty && !result.claims.isEmpty)
        let read = try #require(ComparisonRecord(file: record.encoded()))
        #expect(read.key == record.key)
        #expect(read.isFromFile)
        #expect(read.result() == result)
        #expect(read.encoded() == record.encoded())
    }

    @Test func theKeyFollowsTheParagraphsNotTheOrderOfArticles() throws {
        let key = try record(of: damStory).key
        #expect(try record(of: damStory.reversed()).key == key)
        var edited = damStory
        edited[1] = comparisonArticle("dam-b", ["فقرة أخرى تماما عن موضوع مختلف لا علاقة له بالسد."])
        #expect(try record(of: edited).key != key)
        let other = PassageComparison.Options(threshold: 0.6)
        #expect(try ComparisonRecord.key(of: damStory, options: other, generator: generator) != key)
        #expect(try ComparisonRecord.key(of: damStory, options: .init(), generator: "generator-2") != key)
    }

    @Test func aDamagedFileIsNotTakenForAComparison() throws {
        let bytes = try record(of: damStory).encoded()
        #expect(ComparisonRecord(file: Array("not a comparison".utf8)) == nil)
        #expect(ComparisonRecord(file: []) == nil)
        for length in [bytes.count - 1, bytes.count / 2, 100] {
            let truncated = try #require(ComparisonRecord(file: Array(bytes.prefix(length))))
            #expect(truncated.result() == nil, "cut at \(length) of \(bytes.count) bytes")
        }
        #expect(try #require(ComparisonRecord(file: bytes + [0])).result() == nil)
    }

    /// The analyzer takes the recorded comparison while the key matches: a record with the
    /// right key and a made-up result shows through, and goes once a paragraph changes.
    @Test func theAnalyzerReusesTheRecordOnlyWhileItsKeyMatches() throws {
        let dossier = AnalysisFixture.dossier(articles: damStory)
        let fresh = DossierAnalyzer.analyze(dossier, generator: generator, previousAnalysis: nil)
        let made = PassageComparisonResult(
            pairs: [
                PassagePair(
                    first: PassageLocation(articleID: "dam-a", paragraph: 3),
                    second: PassageLocation(articleID: "dam-c", paragraph: 2), score: 0.9, wordOverlap: 0.7)
            ], claims: [])
        #expect(fresh.analysis.comparison != made)
        var previous = try #require(fresh.cache)
        previous.comparison = try record(of: damStory, result: made)
        let reused = DossierAnalyzer.analyze(dossier, generator: generator, previousAnalysis: previous)
        #expect(reused.analysis.comparison == made)
        #expect(reused.cache == previous, "an unchanged comparison leaves the cache as it was")

        var edited = damStory
        edited[2] = comparisonArticle("dam-c", ["فقرة أخرى تماما عن موضوع مختلف لا علاقة له بالسد."])
        let again = DossierAnalyzer.analyze(
            AnalysisFixture.dossier(articles: edited), generator: generator, previousAnalysis: previous)
        #expect(again.analysis.comparison == PassageComparison().compare(edited))
    }
}
