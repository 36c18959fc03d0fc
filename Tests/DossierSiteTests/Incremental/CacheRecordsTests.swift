import DossierTestFixtures
import Foundation
import Testing

@testable import DossierAnalysis
@testable import DossierSite

/// A part of the build cache as records: read back exactly, unchanged entries copied from the
/// file they were read from, and a damaged record taken for a damaged part.
struct CacheRecordsTests {
    private let head = CacheRecords.Head(version: 3, generator: "generator-1", header: "salt")
    /// Ids a path or an id can hold: slashes, quotes, backslashes, line breaks and Arabic.
    private let entries = [
        "articles/a.txt": [1, 2, 3], #"odd "quoted" \ id"#: [4], "سطر\nثان": [], "b": [5, 6],
    ]

    private func encode(_ entries: [String: [Int]], previous: [String: [Int]]? = nil, bytes: [UInt8]? = nil) throws
        -> [UInt8]
    {
        try CacheRecords.encode(head: head, entries: entries, previous: previous, previousBytes: bytes)
    }

    private func decode(_ bytes: [UInt8]) -> [String: [Int]]? {
        CacheRecords.decode(bytes, header: String.self, entry: [Int].self)?.entries
    }

    @Test func aPartReadsBackAsItWasWritten() throws {
        let bytes = try encode(entries)
        let (readHead, read) = try #require(CacheRecords.decode(bytes, header: String.self, entry: [Int].self))
        #expect(readHead.version == 3 && readHead.generator == "generator-1" && readHead.header == "salt")
        #expect(read == entries)
        #expect(try encode(entries) == bytes, "sorted by id, so the same entries give the same bytes")
    }

    /// Another binary's entries are never used, so they are not decoded: its head still is.
    @Test func anotherGeneratorsEntriesAreNotDecoded() throws {
        let bytes = try encode(entries)
        let mine = CacheRecords.decode(bytes, header: String.self, entry: [Int].self, generator: "generator-1")
        #expect(mine?.entries == entries)
        let other = try #require(
            CacheRecords.decode(bytes, header: String.self, entry: [Int].self, generator: "generator-2"))
        #expect(other.head.header == "salt" && other.head.generator == "generator-1")
        #expect(other.entries.isEmpty)
    }

    /// The records of the previous file are copied for entries equal to what it was read as:
    /// a record the test planted there with another value shows through for an entry that is
    /// "unchanged", while an entry that changed, and one the file had not, are encoded.
    @Test func unchangedEntriesAreCopiedFromThePreviousFile() throws {
        var planted = entries
        planted[#"odd "quoted" \ id"#] = [40, 41]
        let previousBytes = try encode(planted)
        var changed = entries
        changed["b"] = [7]
        changed["c"] = [8]
        let bytes = try encode(changed, previous: entries, bytes: previousBytes)
        var expected = changed
        expected[#"odd "quoted" \ id"#] = [40, 41]
        #expect(decode(bytes) == expected, "the unchanged entry's record was copied, the others encoded")

        // Without the previous entries nothing is copied.
        #expect(decode(try encode(changed, previous: nil, bytes: previousBytes)) == changed)
    }

    @Test func aDamagedPartIsNotRead() throws {
        let bytes = try encode(entries)
        #expect(decode([]) == nil)
        #expect(decode(Array("not a cache".utf8)) == nil)
        for length in [bytes.count - 1, bytes.count / 2, 3] {
            #expect(decode(Array(bytes.prefix(length))) == nil, "cut at \(length) of \(bytes.count)")
        }
        #expect(decode(bytes + [1]) == nil)
        #expect(CacheRecords.decode(bytes, header: String.self, entry: String.self) == nil, "another kind of entry")
    }

    /// Any one bit flipped anywhere in a part (head, an id, a value, a length or a checksum)
    /// makes it unreadable, rather than read as other entries.
    @Test func aFlippedBitIsFoundAnywhere() throws {
        let bytes = try encode(entries)
        for index in bytes.indices {
            for bit in 0..<8 {
                var flipped = bytes
                flipped[index] ^= UInt8(1) << UInt8(bit)
                #expect(decode(flipped) == nil, "bit \(bit) of byte \(index) of \(bytes.count)")
            }
        }
    }

    /// The comparison's file is checked the same way, as a whole.
    @Test func aFlippedBitInTheComparisonIsFound() throws {
        let dossier = AnalysisFixture.dossier()
        let fresh = DossierAnalyzer.analyze(dossier, generator: "generator-1", previousAnalysis: nil)
        let bytes = try #require(fresh.cache?.comparison).encoded()
        #expect(ComparisonRecord(file: bytes)?.result() != nil)
        for index in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
            var flipped = bytes
            flipped[index] ^= 0x10
            #expect(ComparisonRecord(file: flipped) == nil, "byte \(index) of \(bytes.count)")
        }
    }

    /// The analysis a build keeps reads back as it was, and a build taking it analyses as a
    /// fresh one does.
    @Test func anAnalysisCacheSurvivesEncoding() throws {
        let dossier = AnalysisFixture.dossier()
        let fresh = DossierAnalyzer.analyze(dossier, generator: "generator-1", previousAnalysis: nil)
        let cache = try #require(fresh.cache)
        let bytes = try CacheRecords.encode(
            head: CacheRecords.Head(version: 1, generator: "test", header: cache.salt), entries: cache.entries,
            previous: nil, previousBytes: nil)
        let (head, entries) = try #require(
            CacheRecords.decode(bytes, header: String.self, entry: AnalysisCache.Entry.self))
        let decoded = AnalysisCache(salt: head.header, entries: entries)
        #expect(decoded.entries == cache.entries)
        let reused = DossierAnalyzer.analyze(dossier, generator: "generator-1", previousAnalysis: decoded)
        #expect(reused.analysis == fresh.analysis)
    }
}
