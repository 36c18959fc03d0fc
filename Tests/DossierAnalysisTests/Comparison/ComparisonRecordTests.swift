import DossierModel
import DossierTestFixtures
import Foundation
import Testing

@testable import DossierAnalysis

/// The comparison a build keeps for the next: read back exactly, reused only while the
/// paragraphs are the same, and a damaged file only means comparing again.
struct ComparisonRecordTests {
    private let generator = "generator-1"

    private func record(of articles: [Article], result: PassageComparisonResult? = nil) throws -> ComparisonRecord {
        let comparison = PassageComparison()
        let key = try ComparisonRecord.key(of: articles, options: comparison.options, generator: generator)
        let (computed, tokens, _) = comparison.compare(articles, digests: [:], reusing: nil)
        return ComparisonRecord(key: key, result: result ?? computed, tokens: tokens)
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
        // A file cut anywhere, or with a byte added, fails its checksum and is not taken.
        for length in [100, bytes.count - 1, bytes.count / 2] {
            #expect(ComparisonRecord(file: Array(bytes.prefix(length))) == nil, "cut at \(length) of \(bytes.count)")
        }
        #expect(ComparisonRecord(file: bytes + [0]) == nil)
        // The result indexes every paragraph up to the last one paired: a paragraph number no
        // article has is refused rather than allocated for. (Not tried with a larger number:
        // making the record in memory would allocate for it, 16 GB for Int32.max.)
        func pair(at paragraph: Int) -> PassagePair {
            PassagePair(
                first: PassageLocation(articleID: "dam-a", paragraph: 1),
                second: PassageLocation(articleID: "dam-b", paragraph: paragraph), score: 0.9, wordOverlap: 0.8)
        }
        for (paragraph, readable) in [(65_535, true), (65_536, false)] {
            let made = try record(
                of: damStory, result: PassageComparisonResult(pairs: [pair(at: paragraph)], claims: []))
            let read = try #require(ComparisonRecord(file: made.encoded()))
            #expect((read.result() != nil) == readable, "paragraph \(paragraph)")
        }
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

/// The tokens a comparison keeps for the next: taken for articles whose paragraphs are
/// unchanged, made again for the others, and the result always that of comparing afresh.
struct TokenizedArticlesTests {
    private let salt = "generator-1"

    private func digests(_ articles: [Article]) -> [String: [UInt8]] {
        ComparisonRecord.digests(of: articles, generator: salt)
    }

    @Test func tokensOfUnchangedArticlesAreTakenAndTheResultIsTheSame() throws {
        let comparison = PassageComparison()
        let (first, tokens, _) = comparison.compare(damStory, digests: digests(damStory), reusing: nil)
        #expect(first == comparison.compare(damStory))
        #expect(Set(tokens.articles.keys) == ["dam-a", "dam-b", "dam-c"])

        // The recorded tokens of dam-a are replaced by dam-c's: while dam-a's digest is the
        // recorded one they are taken as they are (so dam-a now reads as dam-c), and once its
        // paragraphs change they are made again.
        var doctored = tokens
        let entryA = try #require(tokens.articles["dam-a"])
        let entryC = try #require(tokens.articles["dam-c"])
        doctored.articles["dam-a"] = .init(digest: entryA.digest, paragraphs: entryC.paragraphs)
        let taken = comparison.compare(damStory, digests: digests(damStory), reusing: doctored).tokens
        #expect(taken.articles["dam-a"]?.paragraphs.count == entryC.paragraphs.count)

        var edited = damStory
        edited[0] = comparisonArticle("dam-a", damStory[0].paragraphs.map(\.text) + ["فقرة أضيفت إلى المقال."])
        let (result, remade, _) = comparison.compare(edited, digests: digests(edited), reusing: doctored)
        #expect(result == comparison.compare(edited))
        #expect(remade.articles["dam-a"]?.paragraphs.count == 4)
        // Tokens recorded for more paragraphs than the article has (a record that lies about
        // its digest) give passages whose words as written cannot be read: the claims show none
        // of them rather than fail.
        var inflated = tokens
        inflated.articles["dam-a"] = .init(digest: entryA.digest, paragraphs: [[], [], []] + entryC.paragraphs)
        let lying = comparison.compare(damStory, digests: digests(damStory), reusing: inflated).result
        let past = lying.claims.filter { $0.passages.contains { $0.articleID == "dam-a" && $0.paragraph > 3 } }
        #expect(!past.isEmpty)
        // A recorded digest from another binary is not taken either.
        let other = ComparisonRecord.digests(of: damStory, generator: "generator-2")
        #expect(other["dam-a"] != digests(damStory)["dam-a"])
    }

    @Test func theRecordKeepsTheTokensAndRefusesOutOfRangeOnes() throws {
        let comparison = PassageComparison()
        let (result, tokens, _) = comparison.compare(damStory, digests: digests(damStory), reusing: nil)
        let key = try ComparisonRecord.key(of: damStory, options: comparison.options, generator: salt)
        let bytes = ComparisonRecord(key: key, result: result, tokens: tokens).encoded()
        let read = try #require(ComparisonRecord(file: bytes))
        #expect(read.tokens() == tokens)
        #expect(read.result() == result)

        var broken = tokens
        broken.articles["dam-a"] = .init(digest: [], paragraphs: [[UInt32(tokens.strings.count)]])
        let damaged = ComparisonRecord(key: key, result: result, tokens: broken).encoded()
        #expect(ComparisonRecord(file: damaged)?.tokens() == nil, "a token outside the table")
        #expect(ComparisonRecord(file: Array(bytes.dropLast(3)))?.tokens() == nil)
    }

    @Test func theRecordKeepsTheCandidatesAndRefusesListsThatDoNotFit() throws {
        let comparison = PassageComparison()
        let (result, tokens, candidates) = comparison.compare(
            damStory, digests: digests(damStory), reusing: nil, basis: "basis-1")
        #expect(candidates.lists.passageCount == candidates.locations.count)
        let key = try ComparisonRecord.key(of: damStory, options: comparison.options, generator: salt)
        let bytes = ComparisonRecord(key: key, result: result, tokens: tokens, candidates: candidates).encoded()
        let read = try #require(ComparisonRecord(file: bytes))
        #expect(read.candidates() == candidates)
        #expect(read.tokens() == tokens)
        #expect(read.result() == result)
        // A record without candidates reads as having none.
        let without = try #require(
            ComparisonRecord(file: ComparisonRecord(key: key, result: result, tokens: tokens).encoded()))
        #expect(without.candidates() == nil)
        #expect(without.tokens() == tokens)
        // A candidate that is no passage is not taken.
        let passages = 0..<candidates.lists.passageCount
        var others = passages.flatMap { candidates.lists.others(of: $0) }
        others[0] = Int32(candidates.locations.count)
        let lists = try #require(
            CandidateLists(
                lengths: passages.map { UInt32(candidates.lists.others(of: $0).count) }, others: others,
                counts: passages.flatMap { candidates.lists.counts(of: $0) },
                truncated: passages.map { candidates.lists.isTruncated($0) }))
        let stray = RecordedCandidates(
            basis: "basis-1", locations: candidates.locations, signatures: candidates.signatures, lists: lists,
            boilerplate: candidates.boilerplate)
        let damaged = ComparisonRecord(key: key, result: result, tokens: tokens, candidates: stray).encoded()
        #expect(ComparisonRecord(file: damaged)?.candidates() == nil)
        #expect(CandidateLists(lengths: [2], others: [1], counts: [1], truncated: [false]) == nil)
    }
}
